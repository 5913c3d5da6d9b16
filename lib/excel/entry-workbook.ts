import ExcelJS from "exceljs";
import { isDerived, type CatalogField, type CatalogIndicator } from "@/lib/catalog/types";
import type { Locale } from "@/lib/i18n/dictionary";
import { sheetNames } from "./sheet-names";
import { localName, localUnit } from "@/lib/i18n/local-name";
import { excelMessages as en } from "@/lib/i18n/messages/en/excel";
import { excelMessages as vi } from "@/lib/i18n/messages/vi/excel";

// The month's entry template: one sheet per field, named after it, with codes, names, units, last
// values and the cells to fill, then a hidden sheet "info" with the organisation's code and the
// month for the import to check. Read back by entry-import.ts (which reads codes from the cells, so
// older templates with code-named sheets import the same).

export const infoSheet = "info";
export const columns = { code: 1, name: 2, unit: 3, previous: 4, lastYear: 5, value: 6, estimate: 7, note: 8 } as const;
export const headerRow = 1;

const headers: Record<Locale, string[]> = { vi: vi.entryHeaders, en: en.entryHeaders };

export interface TemplateInput {
  org: string;
  period: string;
  locale: Locale;
  fields: CatalogField[];
  indicators: CatalogIndicator[];
  current: Map<string, { value: string; estimate: boolean; note: string | null }>;
  previous: Map<string, string>;
  lastYear: Map<string, string>;
}

export async function buildEntryTemplate(input: TemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ICT Report Desk";
  const fields = input.fields.filter((field) =>
    input.indicators.some((i) => i.field === field.code && !isDerived(i.kind)),
  );
  const names = sheetNames(
    fields.map((f) => localName(f, input.locale)),
    [infoSheet],
  );
  fields.forEach((field, index) => {
    const rows = input.indicators.filter((i) => i.field === field.code && !isDerived(i.kind));
    const sheet = workbook.addWorksheet(names[index], { views: [{ state: "frozen", ySplit: 1, xSplit: 2 }] });
    sheet.addRow(headers[input.locale]).font = { bold: true };
    for (const indicator of rows) {
      const cell = input.current.get(indicator.code);
      const number = (v: string | undefined) => (v === undefined ? null : Number(v));
      sheet.addRow([
        indicator.code,
        (indicator.parent ? "  - " : "") + localName(indicator, input.locale),
        localUnit(indicator, input.locale),
        number(input.previous.get(indicator.code)),
        number(input.lastYear.get(indicator.code)),
        number(cell?.value),
        cell?.estimate ? "x" : null,
        cell?.note ?? null,
      ]);
    }
    sheet.columns.forEach((column, i) => (column.width = [22, 60, 16, 16, 18, 16, 10, 40][i]));
    sheet.getColumn(columns.value).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF7D6" } };
    sheet.getCell(headerRow, columns.value).fill = { type: "pattern", pattern: "none" };
  });
  const info = workbook.addWorksheet(infoSheet, { state: "veryHidden" });
  info.addRows([
    ["org", input.org],
    ["period", input.period],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
