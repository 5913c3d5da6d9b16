import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { db, disconnectDb } from "@/lib/db/client";
import { getReport } from "@/lib/reports/data";
import { createReport } from "@/lib/reports/mutations";
import { findReportSections } from "@/lib/reports/templates-data";
import { resetReportSections, saveReportSections } from "@/lib/reports/templates-mutations";
import { seedDatabase } from "@/lib/seed/seed";

describe("report templates", () => {
  let admin: SessionUser;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    admin = (await getSessionUserById((await db().user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } })).id))!;
  });
  afterAll(async () => {
    await resetReportSections({ actor: admin, kind: "quarter" });
    await disconnectDb();
  });

  it("refuses an unknown indicator or formatter with its position, changing nothing", async () => {
    const attempt = saveReportSections({ actor: admin, kind: "quarter", sections: [{ key: "postal", heading: "Lĩnh vực bưu chính", fields: ["postal"], sentences: ["Có {post.enterprises} doanh nghiệp và {post.kiosks} ki-ốt, {post.enterprises|percent}."] }] });
    await expect(attempt).rejects.toMatchObject({
      code: "invalid",
      details: [{ message: '1. Lĩnh vực bưu chính, câu 1, vị trí 39: không có chỉ tiêu "post.kiosks"' }, { message: '1. Lĩnh vực bưu chính, câu 1, vị trí 60: không có định dạng "percent"' }],
    });
    expect((await findReportSections({ organisationId: admin.organisationId, kind: "quarter" })).custom).toBe(false);
  });

  it("composes new drafts from the organisation's own templates", async () => {
    await saveReportSections({ actor: admin, kind: "quarter", sections: [{ key: "postal", heading: "Bưu chính và chuyển phát", fields: ["postal"], sentences: ["Toàn tỉnh có {post.service_points} điểm phục vụ bưu chính, {post.service_points|vs_last_year}."] }] });
    const { id } = await createReport({ actor: admin, organisationId: admin.organisationId, kind: "quarter", period: "2023-Q2" });
    const report = await getReport({ organisationId: admin.organisationId, id });
    const texts = report.content.paragraphs.map((p) => p.text);
    expect(texts).toContain("1. Bưu chính và chuyển phát");
    expect(texts.find((t) => t.startsWith("- Toàn tỉnh có 263 điểm phục vụ bưu chính, tăng"))).toBeDefined();
  });
});
