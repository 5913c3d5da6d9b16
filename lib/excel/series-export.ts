import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/dictionary";

export interface SeriesRow {
  period: string;
  value: number | null;
  lastYear: number | null;
  estimate: boolean;
  target: number | null;
}

const headers: Record<Locale, string[]> = {
  vi: ["Kỳ", "Giá trị", "Cùng kỳ năm trước", "Ước", "Kế hoạch"],
  en: ["Period", "Value", "Same period last year", "Estimate", "Target"],
};

/** A chart's data as a worksheet. */
export async function buildSeriesExport({ title, rows, decimals, locale }: { title: string; rows: SeriesRow[]; decimals: number; locale: Locale }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("data");
  sheet.addRow([title]).font = { bold: true };
  sheet.addRow(headers[locale]).font = { bold: true };
  const format = decimals ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  for (const r of rows) {
    const row = sheet.addRow([r.period, r.value, r.lastYear, r.estimate ? "x" : "", r.target]);
    [2, 3, 5].forEach((c) => (row.getCell(c).numFmt = format));
  }
  sheet.columns.forEach((column, i) => (column.width = [12, 16, 20, 8, 16][i]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
