import ExcelJS from "exceljs";
import { columns, headerRow, infoSheet } from "./entry-workbook";
import { checkXlsxLimits } from "./zip-limits";

export interface ImportedValue {
  sheet: string;
  row: number;
  indicator: string;
  value: string | null;
  estimate: boolean;
  note: string | null;
}

export interface ImportProblem {
  sheet: string;
  row: number;
  message: string;
}

export interface ParsedWorkbook {
  org: string | null;
  period: string | null;
  values: ImportedValue[];
  problems: ImportProblem[];
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "result" in value) return cellText(value.result as ExcelJS.CellValue);
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  return String(value).trim();
}

/** A number cell as an exact decimal string; Excel text like "1.057" or "31.888,142" is read the Vietnamese way. */
function decimalOf(value: ExcelJS.CellValue, parse: (text: string) => string | null): string | null | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : undefined;
  const text = cellText(value);
  if (!text) return null;
  return parse(text) ?? undefined;
}

/** Reads a filled entry template; every problem names its sheet and row. */
export async function readEntryWorkbook(
  data: ArrayBuffer,
  parse: (text: string) => string | null,
): Promise<ParsedWorkbook> {
  const refused = checkXlsxLimits(data);
  if (refused) return { org: null, period: null, values: [], problems: [{ sheet: "", row: 0, message: refused }] };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    return { org: null, period: null, values: [], problems: [{ sheet: "", row: 0, message: "not_xlsx" }] };
  }
  const info = workbook.getWorksheet(infoSheet);
  const meta = new Map<string, string>();
  info?.eachRow((row) => meta.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value)));
  const values: ImportedValue[] = [];
  const problems: ImportProblem[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === infoSheet) continue;
    sheet.eachRow((row, number) => {
      if (number <= headerRow) return;
      const indicator = cellText(row.getCell(columns.code).value);
      if (!indicator) return;
      const value = decimalOf(row.getCell(columns.value).value, parse);
      if (value === undefined) {
        problems.push({
          sheet: sheet.name,
          row: number,
          message: `not_a_number:${cellText(row.getCell(columns.value).value)}`,
        });
        return;
      }
      const note = cellText(row.getCell(columns.note).value);
      values.push({
        sheet: sheet.name,
        row: number,
        indicator,
        value,
        estimate: /^x$/i.test(cellText(row.getCell(columns.estimate).value)),
        note: note || null,
      });
    });
  }
  return { org: meta.get("org") ?? null, period: meta.get("period") ?? null, values, problems };
}
