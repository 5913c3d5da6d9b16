import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildEntryTemplate, infoSheet } from "@/lib/excel/entry-workbook";
import { readEntryWorkbook } from "@/lib/excel/entry-import";
import { buildPeriodExport } from "@/lib/excel/period-export";
import { sheetNames } from "@/lib/excel/sheet-names";
import { indicator, loadCatalog } from "../support/catalog";

const excelForbidden = /[[\]:*?/\\]/;
const parse = (text: string) => (/^-?\d+([.,]\d+)?$/.test(text) ? text.replace(",", ".") : null);

describe("sheet names", () => {
  it("are the fields' names within Excel's rules: at most 31 characters, none of []:*?/\\, unique", () => {
    const { fields } = loadCatalog();
    const names = sheetNames([...fields.values()]);
    expect(names).toContain("Bưu chính");
    expect(names).toContain("Viễn thông");
    expect(names).toContain("Dịch vụ công trực tuyến và…");
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(excelForbidden);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("clean what Excel refuses and tell apart names that would collide", () => {
    expect(sheetNames(["Tỷ lệ: a/b [%]", "'Trích'", "History", "Bưu chính", "bưu chính", "info"], ["info"])).toEqual([
      "Tỷ lệ a b %",
      "Trích",
      "History (2)",
      "Bưu chính",
      "bưu chính (2)",
      "info (2)",
    ]);
    const long = "Một tên rất dài của lĩnh vực báo cáo hằng tháng";
    const [first, second] = sheetNames([long, long]);
    expect(first).toBe("Một tên rất dài của lĩnh vực…");
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(" (2)")).toBe(true);
  });
});

describe("the month's entry template", () => {
  const fields = [
    { code: "postal", nameVi: "Bưu chính", nameEn: "Postal services", sortOrder: 1 },
    { code: "telecom", nameVi: "Viễn thông", nameEn: "Telecommunications", sortOrder: 2 },
  ];
  const indicators = [
    indicator("post.offices", { field: "postal", nameVi: "Bưu cục" }),
    indicator("tel.bts", { field: "telecom", kind: "stock", nameVi: "Trạm BTS" }),
  ];
  const template = (locale: "vi" | "en") =>
    buildEntryTemplate({
      org: "tra-vinh-stttt",
      period: "2025-07",
      locale,
      fields,
      indicators,
      current: new Map(),
      previous: new Map([["tel.bts", "1222"]]),
      lastYear: new Map(),
    });

  it("names its sheets after the fields, in the user's language, and hides the organisation's code and month", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await template("vi")).buffer);
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      ["Bưu chính", "visible"],
      ["Viễn thông", "visible"],
      [infoSheet, "veryHidden"],
    ]);
    const english = new ExcelJS.Workbook();
    await english.xlsx.load(new Uint8Array(await template("en")).buffer);
    expect(english.worksheets.map((s) => s.name)).toEqual(["Postal services", "Telecommunications", infoSheet]);
  });

  it("reads back filled, naming each row by its sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await template("vi")).buffer);
    workbook.getWorksheet("Viễn thông")!.getCell("F2").value = 1230;
    const read = await readEntryWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()).buffer, parse);
    expect(read).toMatchObject({ org: "tra-vinh-stttt", period: "2025-07", problems: [] });
    expect(read.values).toEqual([
      { sheet: "Bưu chính", row: 2, indicator: "post.offices", value: null, estimate: false, note: null },
      { sheet: "Viễn thông", row: 2, indicator: "tel.bts", value: "1230", estimate: false, note: null },
    ]);
  });

  it("still imports an older template, with code-named sheets and a visible info sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("info").addRows([
      ["org", "tra-vinh-stttt"],
      ["period", "2025-06"],
    ]);
    const sheet = workbook.addWorksheet("telecom");
    sheet.addRow([
      "Mã",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Tháng trước",
      "Cùng kỳ năm trước",
      "Số liệu",
      "Ước (x)",
      "Ghi chú",
    ]);
    sheet.addRow(["tel.bts", "Trạm BTS", "trạm", 1222, null, 1225, "x", null]);
    const read = await readEntryWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()).buffer, parse);
    expect(read).toMatchObject({
      org: "tra-vinh-stttt",
      period: "2025-06",
      problems: [],
      values: [{ sheet: "telecom", indicator: "tel.bts", value: "1225", estimate: true }],
    });
  });
});

describe("a period's export", () => {
  it("names its sheets after the fields", async () => {
    const fields = [
      {
        code: "public_services",
        nameVi: "Dịch vụ công trực tuyến và thương mại điện tử",
        nameEn: "Online public services and e-commerce",
        sortOrder: 5,
      },
    ];
    const body = await buildPeriodExport({
      title: "quý III/2025",
      fields,
      indicators: [indicator("ps.dossiers_received", { field: "public_services" })],
      rows: [],
      locale: "vi",
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(body).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Dịch vụ công trực tuyến và…"]);
    expect(workbook.worksheets[0].getCell("A1").value).toBe(
      "Dịch vụ công trực tuyến và thương mại điện tử — quý III/2025",
    );
  });
});
