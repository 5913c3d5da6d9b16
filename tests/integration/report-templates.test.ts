import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { db, disconnectDb } from "@/lib/db/client";
import { getReport } from "@/lib/reports/data";
import { defaultSections } from "@/lib/reports/templates/default-sections";
import { createReport } from "@/lib/reports/mutations";
import { findReportSections } from "@/lib/reports/templates/data";
import { resetReportSections, saveReportSections } from "@/lib/reports/templates/mutations";
import { previewSentences } from "@/lib/reports/templates/preview";
import { seedDatabase } from "@/lib/seed/seed";

describe("report templates", () => {
  let admin: SessionUser;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    admin = (await getSessionUserById(
      (await db().user.findUniqueOrThrow({ where: { username: "admin" }, select: { id: true } })).id,
    ))!;
  });
  afterAll(async () => {
    for (const kind of ["quarter", "half"] as const) await resetReportSections({ actor: admin, kind });
    await disconnectDb();
  });

  it("refuses an unknown indicator or formatter with its position, changing nothing", async () => {
    const attempt = saveReportSections({
      actor: admin,
      kind: "quarter",
      sections: [
        {
          key: "postal",
          heading: "Lĩnh vực bưu chính",
          fields: ["postal"],
          sentences: ["Có {post.enterprises} doanh nghiệp và {post.kiosks} ki-ốt, {post.enterprises|percent}."],
        },
      ],
    });
    await expect(attempt).rejects.toMatchObject({
      code: "invalid",
      details: [
        { message: '1. Lĩnh vực bưu chính, câu 1, vị trí 39: không có chỉ tiêu "post.kiosks"' },
        { message: '1. Lĩnh vực bưu chính, câu 1, vị trí 60: không có định dạng "percent"' },
      ],
    });
    expect((await findReportSections({ organisationId: admin.organisationId, kind: "quarter" })).custom).toBe(false);
  });

  it("composes new drafts from the organisation's own templates", async () => {
    await saveReportSections({
      actor: admin,
      kind: "quarter",
      sections: [
        {
          key: "postal",
          heading: "Bưu chính và chuyển phát",
          fields: ["postal"],
          sentences: ["Toàn tỉnh có {post.service_points} điểm phục vụ bưu chính, {post.service_points|vs_last_year}."],
        },
      ],
    });
    const { id } = await createReport({
      actor: admin,
      organisationId: admin.organisationId,
      kind: "quarter",
      period: "2023-Q2",
    });
    const report = await getReport({ organisationId: admin.organisationId, id });
    const texts = report.content.paragraphs.map((p) => p.text);
    expect(texts).toContain("1. Bưu chính và chuyển phát");
    expect(texts.find((t) => t.startsWith("- Toàn tỉnh có 263 điểm phục vụ bưu chính, tăng"))).toBeDefined();
  });

  it("keeps each kind's templates apart: saving one kind leaves the others on their defaults", async () => {
    const sections = [
      {
        key: "telecom",
        heading: "Viễn thông 6 tháng",
        fields: ["telecom"],
        sentences: ["Toàn tỉnh có {tel.bts} trạm BTS."],
      },
    ];
    await saveReportSections({ actor: admin, kind: "half", sections });
    expect(await findReportSections({ organisationId: admin.organisationId, kind: "half" })).toEqual({
      sections,
      custom: true,
    });
    expect(await findReportSections({ organisationId: admin.organisationId, kind: "nine" })).toEqual({
      sections: defaultSections("nine"),
      custom: false,
    });
    expect(await findReportSections({ organisationId: admin.organisationId, kind: "year" })).toEqual({
      sections: defaultSections("year"),
      custom: false,
    });
    expect((await findReportSections({ organisationId: admin.organisationId, kind: "month" })).custom).toBe(false);
  });

  it("changes nothing when a save over the organisation's own templates is refused", async () => {
    const before = await findReportSections({ organisationId: admin.organisationId, kind: "half" });
    expect(before.custom).toBe(true);
    const attempt = saveReportSections({
      actor: admin,
      kind: "half",
      sections: [
        { key: "telecom", heading: "Viễn thông", fields: ["telecom"], sentences: ["Có [{tel.bts} trạm."] },
        { key: "new", heading: "Mới", fields: ["nowhere"], sentences: [] },
      ],
    });
    await expect(attempt).rejects.toMatchObject({
      code: "invalid",
      details: [
        { message: "1. Viễn thông, câu 1, vị trí 4: thiếu dấu ] đóng vế tùy chọn" },
        { message: '2. Mới: không có lĩnh vực "nowhere"' },
      ],
    });
    expect(await findReportSections({ organisationId: admin.organisationId, kind: "half" })).toEqual(before);
  });

  describe("previewing sentences as typed against a period", () => {
    const telecom =
      "Toàn tỉnh có [{tel.cable_poles} cột treo cáp][; {ps.services_partial} dịch vụ công một phần][ và {tel.bts} trạm BTS[, {tel.bts|vs_last_year}]].";

    it("fills clauses with the demo's figures: a clause without its figure drops out, and so does a comparison without last year's", async () => {
      const [withLastYear] = await previewSentences({
        actor: admin,
        kind: "quarter",
        period: "2023-Q2",
        sentences: [telecom],
      });
      expect(withLastYear).toMatchObject({
        outcome: "filled",
        text: "Toàn tỉnh có 90.923 cột treo cáp; 551 dịch vụ công một phần và 1.222 trạm BTS, tăng 7,2% so với cùng kỳ.",
      });
      // ps.services_partial is reported from 2023 on, and the demo's figures start in 2022.
      const [firstYear] = await previewSentences({
        actor: admin,
        kind: "quarter",
        period: "2022-Q2",
        sentences: [telecom],
      });
      expect(firstYear).toEqual({
        outcome: "filled",
        text: "Toàn tỉnh có 87.774 cột treo cáp và 1.140 trạm BTS.",
        states: [
          { code: "tel.cable_poles", name: "Cột treo cáp" },
          { code: "tel.bts", name: "Trạm thu phát sóng thông tin di động (BTS)" },
        ],
      });
    });

    it("reports a sentence left out, one flagged with the missing figures' names, and parse errors with their positions", async () => {
      const results = await previewSentences({
        actor: admin,
        kind: "quarter",
        period: "2022-Q2",
        sentences: [
          "Có {ps.services_partial} dịch vụ công một phần[, {ps.services_partial|vs_last_year}].",
          "Cung cấp {ps.services_total} dịch vụ công, trong đó {ps.services_partial} dịch vụ một phần và {ps.services_full} dịch vụ toàn trình.",
          "Có {tel.btss} trạm[ và {tel.bts|percent} trạm",
        ],
      });
      expect(results).toEqual([
        { outcome: "left_out" },
        {
          outcome: "flagged",
          text: "Cung cấp 1.812 dịch vụ công, trong đó … dịch vụ một phần và … dịch vụ toàn trình.",
          missing: [
            { code: "ps.services_partial", name: "Dịch vụ công trực tuyến một phần" },
            { code: "ps.services_full", name: "Dịch vụ công trực tuyến toàn trình" },
          ],
          states: [{ code: "ps.services_total", name: "Dịch vụ công cung cấp trên Cổng dịch vụ công tỉnh" }],
        },
        {
          outcome: "invalid",
          errors: [
            'vị trí 4: không có chỉ tiêu "tel.btss"',
            "vị trí 19: thiếu dấu ] đóng vế tùy chọn",
            'vị trí 24: không có định dạng "percent"',
          ],
        },
      ]);
      const [english] = await previewSentences({
        actor: { ...admin, locale: "en" },
        kind: "quarter",
        period: "2022-Q2",
        sentences: ["Có {tel.btss} trạm."],
      });
      expect(english).toEqual({ outcome: "invalid", errors: ['position 4: no indicator "tel.btss"'] });
    });

    it("is for administrators only, and for a period of the kind being edited", async () => {
      const compiler = (await getSessionUserById(
        (await db().user.findUniqueOrThrow({ where: { username: "vanphong" }, select: { id: true } })).id,
      ))!;
      await expect(
        previewSentences({ actor: compiler, kind: "quarter", period: "2023-Q2", sentences: [telecom] }),
      ).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        previewSentences({ actor: admin, kind: "quarter", period: "2023-06", sentences: [telecom] }),
      ).rejects.toMatchObject({ code: "invalid" });
    });
  });
});
