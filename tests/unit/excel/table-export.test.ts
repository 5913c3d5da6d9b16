import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildTableExport, tableExportInput, type TableExport } from "@/lib/excel/table-export";

async function read(table: TableExport) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await buildTableExport(table)).buffer);
  return workbook.worksheets[0];
}

const breakdown: TableExport = {
  title: "Cơ cấu: Hồ sơ tiếp nhận",
  description: "9 tháng đầu năm 2023",
  fileName: "Cơ cấu - Hồ sơ tiếp nhận - 9 tháng đầu năm 2023",
  header: ["Thành phần", "Giá trị", "Tỷ trọng"],
  kinds: ["text", "number", "share"],
  decimals: 0,
  rows: [
    ["Trực tiếp", 200000, 0.625],
    ["Trực tuyến", 120000, 0.375],
  ],
};

describe("a chart's table as .xlsx", () => {
  it("writes the title, the header and numbers as numbers in the chart's format, on a sheet named after the chart", async () => {
    const sheet = await read(breakdown);
    expect(sheet.name).toBe("Cơ cấu Hồ sơ tiếp nhận");
    expect(sheet.getCell("A1").value).toBe("Cơ cấu: Hồ sơ tiếp nhận");
    expect(sheet.getCell("A2").value).toBe("9 tháng đầu năm 2023");
    expect(sheet.getRow(4).values).toEqual([undefined, "Thành phần", "Giá trị", "Tỷ trọng"]);
    expect(sheet.getCell("B5").value).toBe(200000);
    expect(sheet.getCell("B5").numFmt).toBe("#,##0");
    expect(sheet.getCell("C6").value).toBe(0.375);
    expect(sheet.getCell("C6").numFmt).toBe("0.0%");
  });

  it("uses the chart's decimals and leaves empty cells empty", async () => {
    const sheet = await read({
      ...breakdown,
      kinds: ["text", "number", "number"],
      decimals: 2,
      rows: [["Tháng 1", 56.89, null]],
    });
    expect(sheet.getCell("B5").numFmt).toBe("#,##0.00");
    expect(sheet.getCell("C5").value).toBeNull();
  });

  it("refuses a table whose rows do not match its header, or a file name with a path in it", () => {
    expect(tableExportInput.safeParse(breakdown).success).toBe(true);
    expect(tableExportInput.safeParse({ ...breakdown, rows: [["Trực tiếp", 1]] }).success).toBe(false);
    expect(tableExportInput.safeParse({ ...breakdown, kinds: ["text"] }).success).toBe(false);
    expect(tableExportInput.safeParse({ ...breakdown, fileName: "../x" }).success).toBe(false);
    expect(tableExportInput.safeParse({ ...breakdown, fileName: ".hidden" }).success).toBe(false);
    expect(tableExportInput.safeParse({ ...breakdown, fileName: 'a"b' }).success).toBe(false);
  });
});
