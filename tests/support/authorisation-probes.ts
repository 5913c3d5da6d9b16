import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { addActivityAction, removeActivityAction } from "@/lib/activities/actions";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { db } from "@/lib/db/client";
import { buildEntryTemplate } from "@/lib/excel/entry-workbook";
import { setLocaleAction } from "@/lib/i18n/actions";
import { applyReportAction, assignNumberAction, readReportAction, rereadReportAction } from "@/lib/imports/actions";
import { markAllReadAction, openNotificationAction, saveEmailSettingsAction } from "@/lib/notifications/actions";
import {
  saveMailServerAction,
  saveProfileAction,
  saveUnitAction,
  saveUserAction,
  setupOrganisationAction,
} from "@/lib/org/actions";
import { acceptSubmissionAction, returnSubmissionAction, submitReportAction } from "@/lib/submissions/actions";
import { createReportAction, refreshReportAction, saveParagraphsAction, setStatusAction } from "@/lib/reports/actions";
import { previewTemplatesAction, resetTemplatesAction, saveTemplatesAction } from "@/lib/reports/templates/actions";
import type { ReportContent } from "@/lib/reports/types";
import { saveTargetsAction } from "@/lib/targets/actions";
import { createTokenAction, revokeTokenAction } from "@/lib/tokens/actions";
import { applyImportAction, previewImportAction, saveEntryAction, valueHistoryAction } from "@/lib/values/actions";
import { lockMonthAction, submitMonthAction, unlockMonthAction } from "@/lib/workflow/actions";
import {
  importCandidateKey,
  importText,
  importUnmatchedStart,
  indicator,
  marker,
  month,
  org,
  probeEmail,
  probeSmtpHost,
  templateKind,
  testUnitCode,
  year,
  yearMonth,
  type Actor,
  type Fixtures,
} from "./authorisation-fixtures";

// How the authorisation table asks each question: for a route, the request; for an action, its
// input. Inputs are valid, so that the role decides, and name the records of the fixtures.

interface RouteCall {
  url: string;
  body?: unknown;
  params?: Record<string, unknown>;
}

const importItems = [{ key: importCandidateKey, indicator, value: "14" }];

function routeCalls(f: Fixtures): Record<string, RouteCall> {
  const values = { org, period: month, values: [{ indicator, value: "14" }] };
  return {
    "GET /entry/export": { url: "/entry/export?period=2023-06" },
    "GET /entry/template": { url: `/entry/template?month=${month}` },
    "GET /reports/[id]/signed": { url: `/reports/${f.signedReportId}/signed`, params: { id: f.signedReportId } },
    "POST /api/v1/reports/[id]/submit": {
      url: `/api/v1/reports/${f.signedReportId}/submit`,
      params: { id: f.signedReportId },
    },
    "GET /api/v1/submissions": { url: "/api/v1/submissions?period=2021-05" },
    "POST /api/v1/submissions/[id]/accept": {
      url: `/api/v1/submissions/${f.submissionId}/accept`,
      params: { id: f.submissionId },
    },
    "POST /api/v1/submissions/[id]/return": {
      url: `/api/v1/submissions/${f.submissionId}/return`,
      body: { reason: "Thiếu số liệu" },
      params: { id: f.submissionId },
    },
    "GET /ministry/export": { url: "/ministry/export?period=2021-05" },
    "GET /entry/history/[id]/pages/[page]": {
      url: `/entry/history/${f.importId}/pages/1`,
      params: { id: f.importId, page: "1" },
    },
    // No scan is being read: an importer is told 404, anyone else is refused first.
    "GET /entry/history/progress/[token]": {
      url: "/entry/history/progress/0b7e1c1e-58d4-4a8e-9b7e-3a1f6f0c2d11",
      params: { token: "0b7e1c1e-58d4-4a8e-9b7e-3a1f6f0c2d11" },
    },
    "POST /api/export/xlsx": {
      url: "/api/export/xlsx",
      body: {
        title: "Bảng",
        description: "",
        fileName: "bang",
        header: ["Năm"],
        kinds: ["text"],
        decimals: 0,
        rows: [["2023"]],
      },
    },
    // Sign-in itself: the providers, and the client's log (next-auth's one POST that needs no CSRF token).
    "GET /api/auth/[...nextauth]": { url: "/api/auth/providers", params: { nextauth: ["providers"] } },
    "POST /api/auth/[...nextauth]": { url: "/api/auth/_log", params: { nextauth: ["_log"] } },
    "GET /api/v1/aggregate": { url: `/api/v1/aggregate?org=${org}&period=2023&indicators=tel.bts,post.enterprises` },
    "GET /api/v1/indicators": { url: "/api/v1/indicators" },
    "GET /api/v1/series": { url: `/api/v1/series?org=${org}&indicator=tel.bts&from=2023-01&to=2023-06` },
    "GET /api/v1/values": { url: `/api/v1/values?org=${org}&period=2023-06&field=postal` },
    "PUT /api/v1/values": { url: "/api/v1/values", body: values },
    "POST /api/v1/reports": { url: "/api/v1/reports", body: { org, kind: "month", period: month } },
    "POST /api/v1/imports": { url: "/api/v1/imports", body: { org, text: importText } },
    "GET /api/v1/imports/[id]": { url: `/api/v1/imports/${f.importId}`, params: { id: f.importId } },
    "POST /api/v1/imports/[id]/apply": {
      url: `/api/v1/imports/${f.importId}/apply`,
      body: { items: importItems },
      params: { id: f.importId },
    },
  };
}

/**
 * The request of a route handler's row, from the actor: /api/v1 takes the actor's bearer token,
 * the other routes the browser's session (the session itself is the mocked getServerSession's).
 * Methods without a call above (the 405 answers, OPTIONS) get a bare request to the route.
 */
export function routeRequest(
  key: string,
  actor: Actor,
  f: Fixtures,
): [NextRequest, { params: Promise<Record<string, unknown>> }] {
  const [method, path] = key.split(" ");
  const call = routeCalls(f)[key] ?? { url: path.replace("[id]", f.draftReportId) };
  const headers = new Headers({ host: "localhost" });
  if (path.startsWith("/api/v1/")) {
    if (actor.token) headers.set("authorization", `Bearer ${actor.token}`);
  } else if (actor.user) {
    headers.set("cookie", "next-auth.session-token=session");
    headers.set("origin", "http://localhost");
  }
  if (call.body !== undefined) headers.set("content-type", "application/json");
  const request = new NextRequest(`http://localhost${call.url}`, {
    method,
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  return [request, { params: Promise.resolve(call.params ?? { id: f.draftReportId }) }];
}

/** Route calls that write: their effects are undone after each. */
export const writingRoutes = new Set([
  "PUT /api/v1/values",
  "POST /api/v1/reports",
  "POST /api/v1/imports",
  "POST /api/v1/imports/[id]/apply",
  "POST /api/v1/reports/[id]/submit",
  "POST /api/v1/submissions/[id]/accept",
  "POST /api/v1/submissions/[id]/return",
]);

export interface ActionProbe {
  /** Puts in place what the call acts on (it may have been consumed by the previous actor's call). */
  before?: () => Promise<unknown>;
  call: (actor: Actor) => Promise<unknown>;
}

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** A filled entry template of the demo organisation: the postal indicator at its stored value. */
export async function importFile(): Promise<File> {
  const [fields, indicators] = await Promise.all([findFields(), findIndicators()]);
  const workbook = await buildEntryTemplate({
    org,
    period: month,
    locale: "vi",
    fields: fields.filter((f) => f.code === "postal"),
    indicators: indicators.filter((i) => i.code === indicator),
    current: new Map([[indicator, { value: "14", estimate: false, note: null }]]),
    previous: new Map(),
    lastYear: new Map(),
  });
  return new File([new Uint8Array(workbook)], "so-lieu.xlsx", {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

export function actionProbes(f: Fixtures, file: File): Record<string, ActionProbe> {
  const idle = null;
  const values = { org, period: month, values: [{ indicator, value: "14" }] };
  const profile = {
    name: "Sở thử phân quyền",
    parentAuthority: "UBND tỉnh Trà Vinh",
    place: "Trà Vinh",
    documentCode: "STTTT",
  };
  const asDraft = () =>
    db().report.update({ where: { id: f.draftReportId }, data: { status: "draft" }, select: { id: true } });
  let activityId = "";
  let tokenId = "";
  return {
    "lib/activities/actions#addActivityAction": {
      call: () => addActivityAction(idle, form({ month, field: "postal", kind: "done", text: marker })),
    },
    "lib/activities/actions#removeActivityAction": {
      before: async () => {
        activityId = (
          await db().activity.create({
            data: { organisationId: f.organisationId, yearMonth, fieldCode: "postal", kind: "done", text: marker },
            select: { id: true },
          })
        ).id;
      },
      call: () => removeActivityAction(idle, form({ id: activityId })),
    },
    "lib/notifications/actions#openNotificationAction": {
      call: () => openNotificationAction(idle, form({ id: f.notificationId })),
    },
    "lib/notifications/actions#markAllReadAction": { call: () => markAllReadAction(idle, form({})) },
    "lib/notifications/actions#saveEmailSettingsAction": {
      call: () => saveEmailSettingsAction(idle, form({ email: probeEmail, emailNotifications: "on" })),
    },
    "lib/org/actions#saveMailServerAction": {
      call: () =>
        saveMailServerAction(
          idle,
          form({ smtpHost: probeSmtpHost, smtpPort: "587", smtpUser: "", smtpPassword: "", smtpFrom: "" }),
        ),
    },
    "lib/submissions/actions#submitReportAction": {
      call: () => submitReportAction(idle, form({ reportId: f.signedReportId })),
    },
    "lib/submissions/actions#acceptSubmissionAction": {
      call: () => acceptSubmissionAction(idle, form({ id: f.submissionId })),
    },
    "lib/submissions/actions#returnSubmissionAction": {
      call: () => returnSubmissionAction(idle, form({ id: f.submissionId, reason: "Thiếu số liệu" })),
    },
    "lib/imports/actions#readReportAction": { call: () => readReportAction(idle, form({ text: importText })) },
    "lib/imports/actions#rereadReportAction": {
      call: () => rereadReportAction({ id: f.importId, kind: "month", period: month }),
    },
    "lib/imports/actions#assignNumberAction": {
      call: () => assignNumberAction({ id: f.importId, start: importUnmatchedStart, indicator }),
    },
    "lib/imports/actions#applyReportAction": { call: () => applyReportAction({ id: f.importId, items: importItems }) },
    "lib/i18n/actions#setLocaleAction": { call: (actor) => setLocaleAction(actor.user?.locale ?? "vi") },
    "lib/org/actions#setupOrganisationAction": {
      call: () =>
        setupOrganisationAction(
          idle,
          form({
            ...profile,
            code: "authz-first-run",
            adminUsername: "authz.first",
            adminPassword: "first-run-password-42",
          }),
        ),
    },
    "lib/org/actions#saveProfileAction": {
      call: () =>
        saveProfileAction(
          idle,
          form({
            ...profile,
            effectiveFrom: "2000-01-01",
            dueDay: "15",
            monthReportDay: "15",
            quarterReportDay: "6",
            halfReportDay: "6",
            nineReportDay: "6",
            yearReportDay: "25",
          }),
        ),
    },
    "lib/org/actions#saveUnitAction": {
      call: () => saveUnitAction(idle, form({ id: f.testUnitId, code: testUnitCode, name: "Đơn vị thử phân quyền" })),
    },
    "lib/org/actions#saveUserAction": {
      call: () =>
        saveUserAction(
          idle,
          form({
            id: f.viewerId,
            username: "test.authz.viewer",
            displayName: "Người xem (thử phân quyền)",
            role: "viewer",
            unitId: "",
            password: "",
            active: "on",
          }),
        ),
    },
    "lib/reports/actions#createReportAction": {
      call: () => createReportAction(idle, form({ kind: "month", period: month })),
    },
    "lib/reports/actions#saveParagraphsAction": {
      before: asDraft,
      call: async () => {
        const report = await db().report.findUniqueOrThrow({
          where: { id: f.draftReportId },
          select: { version: true, content: true },
        });
        const paragraphs = (report.content as unknown as ReportContent).paragraphs.map(
          ({ key, style, text, edited }) => ({ key, style, text, edited }),
        );
        return saveParagraphsAction({ id: f.draftReportId, version: report.version, paragraphs });
      },
    },
    "lib/reports/actions#refreshReportAction": { before: asDraft, call: () => refreshReportAction(f.draftReportId) },
    "lib/reports/actions#setStatusAction": {
      before: asDraft,
      call: () => setStatusAction(idle, form({ id: f.draftReportId, status: "for_signature" })),
    },
    "lib/reports/templates/actions#saveTemplatesAction": {
      call: () =>
        saveTemplatesAction(
          idle,
          form({
            kind: templateKind,
            "key.0": "authz",
            "heading.0": "Bưu chính",
            "fields.0": "postal",
            "sentences.0": "Câu thử.",
          }),
        ),
    },
    "lib/reports/templates/actions#resetTemplatesAction": {
      call: () => resetTemplatesAction(idle, form({ kind: templateKind })),
    },
    "lib/reports/templates/actions#previewTemplatesAction": {
      call: () => previewTemplatesAction({ kind: "month", period: "2023-06", sentences: ["Câu thử."] }),
    },
    "lib/targets/actions#saveTargetsAction": {
      call: () => saveTargetsAction(idle, form({ year: String(year), [`target:${indicator}`]: "15" })),
    },
    "lib/tokens/actions#createTokenAction": {
      call: () => createTokenAction(idle, form({ userId: f.viewerId, name: marker, expiresInDays: "" })),
    },
    "lib/tokens/actions#revokeTokenAction": {
      before: async () => {
        tokenId = (
          await db().apiToken.create({
            data: { userId: f.viewerId, name: marker, tokenHash: randomUUID(), prefix: "authz" },
            select: { id: true },
          })
        ).id;
      },
      call: () => revokeTokenAction(idle, form({ tokenId })),
    },
    "lib/values/actions#saveEntryAction": { call: () => saveEntryAction(values) },
    "lib/values/actions#applyImportAction": { call: () => applyImportAction(values) },
    "lib/values/actions#valueHistoryAction": { call: () => valueHistoryAction({ org, period: month, indicator }) },
    "lib/values/actions#previewImportAction": { call: () => previewImportAction(null, form({ file })) },
    "lib/workflow/actions#submitMonthAction": {
      call: () => submitMonthAction(idle, form({ month, unitId: f.postalUnitId })),
    },
    "lib/workflow/actions#lockMonthAction": { call: () => lockMonthAction(idle, form({ month })) },
    "lib/workflow/actions#unlockMonthAction": {
      before: () =>
        db().monthLock.create({ data: { organisationId: f.organisationId, yearMonth }, select: { yearMonth: true } }),
      call: () => unlockMonthAction(idle, form({ month, reason: "thử phân quyền" })),
    },
  };
}
