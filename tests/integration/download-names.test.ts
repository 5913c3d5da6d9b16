import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportPeriod } from "@/app/(app)/entry/export/route";
import { GET as entryTemplate } from "@/app/(app)/entry/template/route";
import { GET as reportDocx } from "@/app/api/v1/reports/[id]/docx/route";
import { getSessionUserById } from "@/lib/auth/data";
import { db, disconnectDb } from "@/lib/db/client";
import { createReport } from "@/lib/reports/mutations";
import { seedDatabase } from "@/lib/seed/seed";
import { apiRequest, tokenFor } from "../support/api";

// Downloads carry the organisation's name as of their period and Vietnamese words, never a code,
// and the month's template offers the indicators of its month.

const fileName = (response: Response) =>
  decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(response.headers.get("content-disposition") ?? "")![1]);

async function sheetsOf(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

describe("downloads", () => {
  let it_: string;
  let office: string;
  beforeAll(async () => {
    await seedDatabase({ demo: true });
    it_ = await tokenFor("cntt");
    office = await tokenFor("vanphong");
  });
  afterAll(() => disconnectDb());

  it("name the month's template by the month and the organisation of its date, and offer that month's indicators", async () => {
    const june = await entryTemplate(apiRequest("/entry/template?month=2025-06", { token: it_ }), {});
    expect(june.status).toBe(200);
    expect(fileName(june)).toBe("Số liệu - tháng 6 năm 2025 - Sở Khoa học và Công nghệ Trà Vinh.xlsx");
    const july = await entryTemplate(apiRequest("/entry/template?month=2025-07", { token: it_ }), {});
    expect(fileName(july)).toBe("Số liệu - tháng 7 năm 2025 - Sở Khoa học và Công nghệ Vĩnh Long.xlsx");
    expect(july.headers.get("content-disposition")).toContain(
      'filename="So lieu - thang 7 nam 2025 - So Khoa hoc va Cong nghe Vinh Long.xlsx"',
    );

    const codesIn = (workbook: ExcelJS.Workbook, sheet: string) => {
      const codes: string[] = [];
      workbook.getWorksheet(sheet)!.eachRow((row) => codes.push(String(row.getCell(1).value)));
      return codes;
    };
    const [juneBook, julyBook] = await Promise.all([sheetsOf(june), sheetsOf(july)]);
    expect(julyBook.worksheets.filter((s) => s.state === "visible").map((s) => s.name)).toEqual([
      "Ứng dụng công nghệ thông tin",
      "Dịch vụ công trực tuyến và…",
      "An toàn thông tin",
      "Công nghiệp công nghệ thông tin",
    ]);
    expect(codesIn(juneBook, "Ứng dụng công nghệ thông tin")).toContain("it.ioffice_agencies_district");
    expect(codesIn(julyBook, "Ứng dụng công nghệ thông tin")).not.toContain("it.ioffice_agencies_district");
  });

  it("name a period's export and a report's Word file in Vietnamese", async () => {
    const quarter = await exportPeriod(apiRequest("/entry/export?period=2023-Q2", { token: office }), {});
    expect(fileName(quarter)).toBe("Số liệu - quý II-2023 - Sở Thông tin và Truyền thông Trà Vinh.xlsx");
    expect((await sheetsOf(quarter)).worksheets.map((s) => s.name)).toContain("Viễn thông");

    const { id } = await db().user.findUniqueOrThrow({ where: { username: "vanphong" }, select: { id: true } });
    const actor = (await getSessionUserById(id))!;
    const report = await createReport({
      actor,
      organisationId: actor.organisationId,
      kind: "month",
      period: "2023-06",
    });
    const docx = await reportDocx(apiRequest(`/api/v1/reports/${report.id}/docx`, { token: office }), {
      params: Promise.resolve({ id: report.id }),
    });
    expect(docx.status).toBe(200);
    // The draft is dated today, so the issuer is named as of today.
    expect(fileName(docx)).toBe("Báo cáo tháng 6 năm 2023 - Sở Khoa học và Công nghệ Vĩnh Long.docx");
    await db().report.delete({ where: { id: report.id } });
  });
});
