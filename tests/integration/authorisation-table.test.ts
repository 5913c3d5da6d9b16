import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import {
  columns,
  createFixtures,
  removeFixtures,
  undoProbes,
  type Actor,
  type Fixtures,
} from "../support/authorisation-fixtures";
import {
  actionProbes,
  importFile,
  routeRequest,
  writingRoutes,
  type ActionProbe,
} from "../support/authorisation-probes";
import { actionOutcome, outcomes, responseOutcome, settle, type Outcome } from "../support/outcomes";
import type { RouteAccess } from "@/lib/api/respond";
import { findRouteHandlers, findServerActions, type RouteHandler, type ServerAction } from "../support/server-handlers";

// Who gets what from every route handler and server action: one row each, one column per kind
// of caller. A handler or action without a row, or a row for one that is gone, fails the test.
//
// Only the framework is mocked: the session (next-auth's getServerSession gives the acting user's
// id and session version; the user is then read from the database like any request's), and
// next/headers and next/cache, which need a request under way.

const framework = vi.hoisted(() => ({
  session: null as { userId: string; sessionVersion: number } | null,
  headers: async () => new Headers({ host: "localhost", "x-ict-client-address": "127.0.0.1" }),
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    has: () => false,
    set: () => undefined,
    delete: () => undefined,
  }),
}));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => framework.session,
}));
vi.mock("next/headers", () => ({ headers: framework.headers, cookies: framework.cookies }));
// next-auth's route handler requires next/headers from CommonJS, which vi.mock does not reach.
Object.assign(createRequire(import.meta.url)("next/headers"), {
  headers: framework.headers,
  cookies: framework.cookies,
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

// Columns: adm admin · cmp compiler (vanphong) · dir director (giamdoc) · edt editor of the field's
// unit (bcvt, the postal field the probes act on) · oed editor of another unit (cntt) · vwr viewer of
// the organisation · min viewer at the ministry the organisation reports to (bo), which reads only
// what it is sent, never the figures themselves · oth
// administrator of another organisation (admin.hatinh) · out signed out.
// A for `oth` means in its own organisation: a call that names a record of this organisation is N or F.
// Cells: see `outcomes` (A allowed, F forbidden, U unauthorized, N not found, M 405).
/** Routes anyone may call: sign-in itself, and whether the database answers (the error pages ask). */
const publicRoutes = new Set(["GET /api/auth/[...nextauth]", "POST /api/auth/[...nextauth]", "GET /api/health"]);

// prettier-ignore
const table: Record<string, string> = {
  //                                                     adm cmp dir edt oed vwr min oth out
  // By the browser's session. Exports and templates are of the user's own organisation (none for `min`).
  "GET /entry/export":                                   "A   A   A   A   A   A   A   A   U",
  "GET /entry/template":                                 "A   A   A   A   A   A   A   A   U",
  "GET /reports/[id]/signed":                            "A   A   A   F   F   F   F   N   U",
  "GET /entry/history/[id]/pages/[page]":                "A   A   F   F   F   F   F   N   U",
  // The ministry's table, to the users of an organisation others report to: its viewer here.
  "GET /ministry/export":                                "N   N   N   N   N   N   A   N   U",
  "GET /entry/history/progress/[token]":                 "N   N   F   F   F   F   F   N   U",
  "POST /api/export/xlsx":                               "A   A   A   A   A   A   A   A   U",
  // Public: sign-in itself, and whether the database answers (asked by the error pages).
  "GET /api/auth/[...nextauth]":                         "A   A   A   A   A   A   A   A   A",
  "POST /api/auth/[...nextauth]":                        "A   A   A   A   A   A   A   A   A",
  "GET /api/health":                                     "A   A   A   A   A   A   A   A   A",

  // By bearer token. Reading figures: every user of the organisation and those given it to read
  // (not the ministry above it: it reads submissions).
  "GET /api/v1/aggregate":                               "A   A   A   A   A   A   F   F   U",
  "POST /api/v1/aggregate":                              "M   M   M   M   M   M   M   M   M",
  "PUT /api/v1/aggregate":                               "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/aggregate":                             "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/aggregate":                            "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/aggregate":                           "A   A   A   A   A   A   A   A   A",

  "POST /api/v1/imports":                                "A   A   F   F   F   F   F   F   U",
  "GET /api/v1/imports":                                 "M   M   M   M   M   M   M   M   M",
  "PUT /api/v1/imports":                                 "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/imports":                               "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/imports":                              "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/imports":                             "A   A   A   A   A   A   A   A   A",

  "GET /api/v1/imports/[id]":                            "A   A   F   F   F   F   F   N   U",
  "POST /api/v1/imports/[id]":                           "M   M   M   M   M   M   M   M   M",
  "PUT /api/v1/imports/[id]":                            "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/imports/[id]":                          "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/imports/[id]":                         "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/imports/[id]":                        "A   A   A   A   A   A   A   A   A",

  "POST /api/v1/imports/[id]/apply":                     "A   A   F   F   F   F   F   N   U",
  "GET /api/v1/imports/[id]/apply":                      "M   M   M   M   M   M   M   M   M",
  "PUT /api/v1/imports/[id]/apply":                      "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/imports/[id]/apply":                    "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/imports/[id]/apply":                   "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/imports/[id]/apply":                  "A   A   A   A   A   A   A   A   A",

  "GET /api/v1/indicators":                              "A   A   A   A   A   A   A   A   U",
  "POST /api/v1/indicators":                             "M   M   M   M   M   M   M   M   M",
  "PUT /api/v1/indicators":                              "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/indicators":                            "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/indicators":                           "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/indicators":                          "A   A   A   A   A   A   A   A   A",

  "POST /api/v1/reports":                                "A   A   A   F   F   F   F   F   U",
  "GET /api/v1/reports":                                 "M   M   M   M   M   M   M   M   M",
  "PUT /api/v1/reports":                                 "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/reports":                               "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/reports":                              "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/reports":                             "A   A   A   A   A   A   A   A   A",

  // Reporting up: a department sends its signed report; the parent (not a column here: the
  // submissions test has the ministry's office) accepts or returns it. Nobody else's is found.
  "GET /api/v1/reports/[id]/submit":                     "M   M   M   M   M   M   M   M   M",
  "POST /api/v1/reports/[id]/submit":                    "A   A   A   F   F   F   F   N   U",
  "PUT /api/v1/reports/[id]/submit":                     "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/reports/[id]/submit":                   "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/reports/[id]/submit":                  "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/reports/[id]/submit":                 "A   A   A   A   A   A   A   A   A",

  "GET /api/v1/submissions":                             "A   A   A   A   A   A   A   A   U",
  "POST /api/v1/submissions":                            "M   M   M   M   M   M   M   M   M",
  "PUT /api/v1/submissions":                             "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/submissions":                           "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/submissions":                          "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/submissions":                         "A   A   A   A   A   A   A   A   A",

  "GET /api/v1/submissions/[id]/accept":                 "M   M   M   M   M   M   M   M   M",
  "POST /api/v1/submissions/[id]/accept":                "N   N   N   F   F   F   F   N   U",
  "PUT /api/v1/submissions/[id]/accept":                 "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/submissions/[id]/accept":               "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/submissions/[id]/accept":              "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/submissions/[id]/accept":             "A   A   A   A   A   A   A   A   A",

  "GET /api/v1/submissions/[id]/return":                 "M   M   M   M   M   M   M   M   M",
  "POST /api/v1/submissions/[id]/return":                "N   N   N   F   F   F   F   N   U",
  "PUT /api/v1/submissions/[id]/return":                 "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/submissions/[id]/return":               "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/submissions/[id]/return":              "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/submissions/[id]/return":             "A   A   A   A   A   A   A   A   A",

  "GET /api/v1/reports/[id]":                            "A   A   A   F   F   F   F   N   U",
  "POST /api/v1/reports/[id]":                           "M   M   M   M   M   M   M   M   M",
  "PUT /api/v1/reports/[id]":                            "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/reports/[id]":                          "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/reports/[id]":                         "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/reports/[id]":                        "A   A   A   A   A   A   A   A   A",

  "GET /api/v1/reports/[id]/docx":                       "A   A   A   F   F   F   F   N   U",
  "POST /api/v1/reports/[id]/docx":                      "M   M   M   M   M   M   M   M   M",
  "PUT /api/v1/reports/[id]/docx":                       "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/reports/[id]/docx":                     "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/reports/[id]/docx":                    "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/reports/[id]/docx":                   "A   A   A   A   A   A   A   A   A",

  "GET /api/v1/series":                                  "A   A   A   A   A   A   F   F   U",
  "POST /api/v1/series":                                 "M   M   M   M   M   M   M   M   M",
  "PUT /api/v1/series":                                  "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/series":                                "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/series":                               "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/series":                              "A   A   A   A   A   A   A   A   A",

  "GET /api/v1/values":                                  "A   A   A   A   A   A   F   F   U",
  "PUT /api/v1/values":                                  "A   A   F   A   F   F   F   F   U",
  "POST /api/v1/values":                                 "M   M   M   M   M   M   M   M   M",
  "PATCH /api/v1/values":                                "M   M   M   M   M   M   M   M   M",
  "DELETE /api/v1/values":                               "M   M   M   M   M   M   M   M   M",
  "OPTIONS /api/v1/values":                              "A   A   A   A   A   A   A   A   A",

  //                                                     adm cmp dir edt oed vwr min oth out
  // Server actions, by the browser's session; all answer { ok, code, ... } (lib/actions/result.ts).
  // The first-run form is closed to everyone once an organisation exists.
  "lib/activities/actions#addActivityAction":            "A   A   F   A   F   F   F   A   U",
  "lib/activities/actions#removeActivityAction":         "A   A   F   A   F   F   N   N   U",
  "lib/imports/actions#readReportAction":               "A   A   F   F   F   F   F   A   U",
  "lib/imports/actions#rereadReportAction":             "A   A   F   F   F   F   F   N   U",
  "lib/imports/actions#assignNumberAction":             "A   A   F   F   F   F   F   N   U",
  "lib/imports/actions#applyReportAction":              "A   A   F   F   F   F   F   N   U",
  "lib/i18n/actions#setLocaleAction":                    "A   A   A   A   A   A   A   A   A",
  "lib/org/actions#setupOrganisationAction":             "F   F   F   F   F   F   F   F   F",
  "lib/org/actions#saveProfileAction":                   "A   F   F   F   F   F   F   A   U",
  "lib/org/actions#saveUnitAction":                      "A   F   F   F   F   F   F   N   U",
  "lib/org/actions#saveUserAction":                      "A   F   F   F   F   F   F   N   U",
  "lib/reports/actions#createReportAction":              "A   A   A   F   F   F   F   A   U",
  // Each user's own notifications (another's is not found) and e-mail setting; the mail server is the administrator's.
  "lib/notifications/actions#openNotificationAction":    "A   N   N   N   N   N   N   N   U",
  "lib/notifications/actions#markAllReadAction":         "A   A   A   A   A   A   A   A   U",
  "lib/notifications/actions#saveEmailSettingsAction":   "A   A   A   A   A   A   A   A   U",
  "lib/org/actions#saveMailServerAction":                "A   F   F   F   F   F   F   A   U",
  "lib/submissions/actions#submitReportAction":          "A   A   A   F   F   F   F   N   U",
  "lib/submissions/actions#acceptSubmissionAction":      "N   N   N   F   F   F   F   N   U",
  "lib/submissions/actions#returnSubmissionAction":      "N   N   N   F   F   F   F   N   U",
  "lib/reports/actions#saveParagraphsAction":            "A   A   A   F   F   F   F   N   U",
  "lib/reports/actions#refreshReportAction":             "A   A   A   F   F   F   F   N   U",
  "lib/reports/actions#setStatusAction":                 "A   A   A   F   F   F   F   N   U",
  "lib/reports/templates/actions#saveTemplatesAction":   "A   F   F   F   F   F   F   A   U",
  "lib/reports/templates/actions#resetTemplatesAction":  "A   F   F   F   F   F   F   A   U",
  "lib/reports/templates/actions#previewTemplatesAction":"A   F   F   F   F   F   F   A   U",
  "lib/targets/actions#saveTargetsAction":               "A   A   A   F   F   F   F   A   U",
  "lib/tokens/actions#createTokenAction":                "A   F   F   F   F   F   F   N   U",
  "lib/tokens/actions#revokeTokenAction":                "A   F   F   F   F   F   F   N   U",
  "lib/values/actions#saveEntryAction":                  "A   A   F   A   F   F   F   F   U",
  "lib/values/actions#applyImportAction":                "A   A   F   A   F   F   F   F   U",
  "lib/values/actions#valueHistoryAction":               "A   A   A   A   A   A   F   F   U",
  "lib/values/actions#previewImportAction":              "A   A   F   A   F   F   F   F   U",
  "lib/workflow/actions#submitMonthAction":              "A   A   F   A   F   F   F   N   U",
  "lib/workflow/actions#lockMonthAction":                "A   A   A   F   F   F   F   A   U",
  "lib/workflow/actions#unlockMonthAction":              "A   F   F   F   F   F   F   A   U",
};

const byColumn = (cells: Outcome[]) => Object.fromEntries(columns.map((column, i) => [column, cells[i]]));

describe("the authorisation table: every route handler and server action against every kind of caller", () => {
  let fixtures: Fixtures;
  let routes: Map<string, RouteHandler>;
  let actions: Map<string, ServerAction>;
  let probes: Record<string, ActionProbe>;

  beforeAll(async () => {
    // What npm start gives next-auth (its route handler warns without them).
    process.env.NEXTAUTH_URL ??= "http://localhost";
    process.env.NEXTAUTH_SECRET ??= "authorisation-table";
    [routes, actions] = await Promise.all([findRouteHandlers(), findServerActions()]);
    fixtures = await createFixtures();
    probes = actionProbes(fixtures, await importFile());
  });
  afterAll(async () => {
    if (fixtures) await removeFixtures(fixtures);
    await disconnectDb();
  });

  it("has one row for each route handler and server action there is, and none for one that is gone", () => {
    expect(Object.keys(table).sort()).toEqual([...routes.keys(), ...actions.keys()].sort());
    expect(Object.keys(probes).sort()).toEqual([...actions.keys()].sort());
    for (const row of Object.values(table)) expect(row.split(/\s+/).filter((cell) => !(cell in outcomes))).toEqual([]);
  });

  it("has each route say who may call it, and its row refuse every role it leaves out", () => {
    for (const [key, route] of routes) {
      const access = (route as { access?: RouteAccess }).access;
      const cells = table[key].split(/\s+/);
      if (!access) {
        // Public, or a method the route does not have (405), or OPTIONS: none reads or changes anything.
        expect(publicRoutes.has(key) || cells.every((cell) => cell === "M") || key.startsWith("OPTIONS "), key).toBe(
          true,
        );
        continue;
      }
      fixtures.actors.forEach((actor, i) => {
        if (!actor.user) expect(cells[i], `${key}, signed out`).toBe("U");
        else if (!access.roles.includes(actor.user.role)) expect(cells[i], `${key}, ${actor.column}`).toBe("F");
      });
    }
  });

  async function outcomeOf(key: string, actor: Actor): Promise<Outcome> {
    const route = routes.get(key);
    if (route) {
      const [request, context] = routeRequest(key, actor, fixtures);
      return responseOutcome(await route(request, context));
    }
    const probe = probes[key];
    if (!probe) throw new Error(`${key}: no such route handler or server action`);
    await probe.before?.();
    return actionOutcome(await settle(() => probe.call(actor)));
  }

  it.each(Object.keys(table))("%s", async (key) => {
    const cells: Outcome[] = [];
    // A refused call changes nothing: undone are the allowed calls and what a probe put in place.
    const mayChange = (cell: Outcome) => cell === "A" || Boolean(probes[key]?.before);
    for (const actor of fixtures.actors) {
      framework.session = actor.user ? { userId: actor.user.id, sessionVersion: actor.sessionVersion } : null;
      try {
        cells.push(await outcomeOf(key, actor));
      } finally {
        framework.session = null;
      }
      if ((!routes.has(key) || writingRoutes.has(key)) && mayChange(cells.at(-1)!)) await undoProbes(fixtures);
    }
    expect(byColumn(cells)).toEqual(byColumn(table[key].split(/\s+/)));
  });
});
