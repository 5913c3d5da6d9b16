import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getSignedRoute } from "@/app/(app)/reports/[id]/signed/route";
import { POST as createReportRoute } from "@/app/api/v1/reports/route";
import { GET as getReportRoute } from "@/app/api/v1/reports/[id]/route";
import { GET as getDocx } from "@/app/api/v1/reports/[id]/docx/route";
import { hashPassword } from "@/lib/auth/password";
import { reportRoles } from "@/lib/auth/roles";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { apiRequest, tokenFor } from "../support/api";

const org = "tra-vinh-stttt";
// A viewer of the demo organisation itself (the demo's own viewer, `bo`, sits at the ministry).
const localViewer = "test.report.viewer";

describe("who reads reports through the API: the roles of the report pages", () => {
  let id: string;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    const organisation = await db().organisation.findUniqueOrThrow({ where: { code: org }, select: { id: true } });
    await db().user.create({
      data: {
        organisationId: organisation.id,
        username: localViewer,
        displayName: "Người xem",
        passwordHash: await hashPassword("demo12345"),
        role: "viewer",
      },
      select: { id: true },
    });
    for (const username of ["admin", "vanphong", "giamdoc", "bcvt", "bo", localViewer])
      tokens.set(username, await tokenFor(username));
    const created = await createReportRoute(
      apiRequest("/api/v1/reports", {
        token: tokens.get("vanphong"),
        method: "POST",
        body: { org, kind: "month", period: "2023-06" },
      }),
      {},
    );
    expect(created.status).toBe(201);
    id = (await created.json()).id;
  });
  afterAll(async () => {
    await db().report.deleteMany({ where: { id } });
    await db().user.deleteMany({ where: { username: localViewer } });
    await disconnectDb();
  });

  const params = () => ({ params: Promise.resolve({ id }) });

  it.each([
    ["admin", "admin", 200],
    ["vanphong", "compiler", 200],
    ["giamdoc", "director", 200],
    ["bcvt", "editor", 403],
    [localViewer, "viewer", 403],
    ["bo", "viewer (ministry)", 403],
  ] as const)("%s (%s) gets %i for the draft and its Word file", async (username, _role, status) => {
    const token = tokens.get(username);
    const report = await getReportRoute(apiRequest(`/api/v1/reports/${id}`, { token }), params());
    expect(report.status).toBe(status);
    const docx = await getDocx(apiRequest(`/api/v1/reports/${id}/docx`, { token }), params());
    expect(docx.status).toBe(status);
    if (status === 403) {
      expect((await report.json()).error.code).toBe("forbidden");
      expect(docx.headers.get("content-type")).toContain("application/json");
    }
  });

  it("refuses an editor or a viewer the signed copy and a new draft too", async () => {
    for (const username of ["bcvt", localViewer]) {
      const token = tokens.get(username);
      expect((await getSignedRoute(apiRequest(`/reports/${id}/signed`, { token }), params())).status).toBe(403);
      expect(
        (
          await createReportRoute(
            apiRequest("/api/v1/reports", { token, method: "POST", body: { org, kind: "month", period: "2023-06" } }),
            {},
          )
        ).status,
      ).toBe(403);
    }
    // A reader of reports gets past the role check: this draft is not signed, so it has no signed copy.
    expect(
      (await getSignedRoute(apiRequest(`/reports/${id}/signed`, { token: tokens.get("giamdoc") }), params())).status,
    ).toBe(404);
  });

  it("is one rule, the pages' roles", () => {
    expect([...reportRoles].sort()).toEqual(["admin", "compiler", "director"]);
  });
});
