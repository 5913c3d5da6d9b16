import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { db, disconnectDb } from "@/lib/db/client";
import { getReport } from "@/lib/reports/data";
import { buildReportDocx } from "@/lib/reports/docx";
import { createReport } from "@/lib/reports/mutations";
import { seedDatabase } from "@/lib/seed/seed";
import { saveMonthValues } from "@/lib/values/mutations";
import { docxText } from "../support/docx-text";

// Figures reach the signed page exactly: computed percentages, money in the organisation's
// wording, and sums larger than a float holds.

let office: SessionUser;

async function wordText(kind: "month" | "year", period: string): Promise<string> {
  const { id } = await createReport({ actor: office, organisationId: office.organisationId, kind, period });
  return docxText(await buildReportDocx((await getReport({ organisationId: office.organisationId, id })).content));
}

beforeAll(async () => {
  await seedDatabase({ demo: true });
  office = (await getSessionUserById(
    (await db().user.findUniqueOrThrow({ where: { username: "vanphong" }, select: { id: true } })).id,
  ))!;
  // Other files of the suite share this database and may have changed the wording.
  await db().organisationProfile.updateMany({
    where: { organisationId: office.organisationId },
    data: { moneyWording: "dong" },
  });
});
afterAll(() => disconnectDb());

describe("numbers on the page", () => {
  it("prints 1.057 of 1.858 services as 56,89%, where the department's report printed 57,96%", async () => {
    const text = await wordText("month", "2023-06");
    expect(text).toContain("1.057 dịch vụ công trực tuyến toàn trình (chiếm tỷ lệ 56,89%)");
    expect(text).toContain("7.500.000 đồng");
  });

  it("words money as the organisation chooses", async () => {
    await db().organisationProfile.updateMany({
      where: { organisationId: office.organisationId },
      data: { moneyWording: "million" },
    });
    try {
      const text = await wordText("month", "2023-06");
      expect(text).toContain("xử phạt vi phạm hành chính 7,5 triệu đồng");
      expect(text).not.toContain("7.500.000");
    } finally {
      await db().organisationProfile.updateMany({
        where: { organisationId: office.organisationId },
        data: { moneyWording: "dong" },
      });
    }
  });

  it("sums a year of the largest values a month holds without losing a digit", async () => {
    for (let month = 1; month <= 12; month++) {
      await saveMonthValues({
        actor: office,
        organisationId: office.organisationId,
        yearMonth: 2018_00 + month,
        values: [{ indicator: "inv.capital_disbursed", value: "99999999999999.999", note: "Giá trị lớn nhất" }],
        locale: "vi",
      });
    }
    expect(await wordText("year", "2018")).toContain("1.199.999.999.999.999,988");
  });
});
