import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createReportRoute } from "@/app/api/v1/reports/route";
import { GET as getReportRoute } from "@/app/api/v1/reports/[id]/route";
import { PUT as putValues } from "@/app/api/v1/values/route";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { apiRequest, tokenFor } from "../support/api";

// Online public services before the 2022 reform were counted by level (mức độ 2, 3, 4): a month
// of 2021 takes them, its nine-month draft states them, and a month of 2023 (một phần / toàn
// trình) refuses them. The demo's months start in 2022, so May 2021 is this file's own.

const org = "tra-vinh-stttt";
const may2021 = 202105;

describe("online public services by level, the years before 2023", () => {
  let editor = "";
  let office = "";
  let organisationId = "";
  const reports: string[] = [];

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    editor = await tokenFor("cntt");
    office = await tokenFor("vanphong");
    organisationId = (await db().organisation.findUniqueOrThrow({ where: { code: org }, select: { id: true } })).id;
  });
  afterAll(async () => {
    await db().report.deleteMany({ where: { id: { in: reports } } });
    await db().valueAudit.deleteMany({ where: { organisationId, yearMonth: may2021 } });
    await db().monthValue.deleteMany({ where: { organisationId, yearMonth: may2021 } });
    await disconnectDb();
  });

  const put = (period: string, values: { indicator: string; value: number }[]) =>
    putValues(apiRequest("/api/v1/values", { token: editor, method: "PUT", body: { org, period, values } }), {});

  it("saves a 2021 month's level-3 figures, and states them in the nine-month draft with the online share computed", async () => {
    const saved = await put("2021-05", [
      { indicator: "ps.l3_services", value: 616 },
      { indicator: "ps.l3_received", value: 41707 },
      { indicator: "ps.l3_direct", value: 41209 },
      { indicator: "ps.l3_online", value: 498 },
    ]);
    expect(saved.status, await saved.clone().text()).toBe(200);
    const created = await createReportRoute(
      apiRequest("/api/v1/reports", { token: office, method: "POST", body: { org, kind: "nine", period: "2021-9M" } }),
      {},
    );
    expect(created.status).toBe(201);
    const { id } = await created.json();
    reports.push(id);
    const report = await (
      await getReportRoute(apiRequest(`/api/v1/reports/${id}`, { token: office }), { params: Promise.resolve({ id }) })
    ).json();
    const text = report.paragraphs.map((p: { text: string }) => p.text).join("\n");
    expect(text).toContain(
      "Dịch vụ công trực tuyến mức độ 3: 616 dịch vụ; tiếp nhận 41.707 hồ sơ; tiếp nhận trực tiếp 41.209 hồ sơ; tiếp nhận trực tuyến 498 hồ sơ; tỷ lệ hồ sơ trực tuyến 1,19%.",
    );
    expect(text).not.toContain("mức độ 4");
  });

  it("refuses level figures in a month after the reform", async () => {
    const refused = await put("2023-05", [{ indicator: "ps.l3_services", value: 616 }]);
    expect(refused.status).toBe(422);
    expect(JSON.stringify((await refused.json()).error.details)).toContain("ps.l3_services");
  });
});
