import ExcelJS from "exceljs";
import type { CatalogField, CatalogIndicator } from "@/lib/catalog/types";
import { getDictionary, type Locale } from "@/lib/i18n/dictionary";
import { sheetNames } from "./sheet-names";
import { localName, localUnit } from "@/lib/i18n/local-name";
import { excelMessages as en } from "@/lib/i18n/messages/en/excel";
import { excelMessages as vi } from "@/lib/i18n/messages/vi/excel";

export interface ExportRow {
  indicator: string;
  value: number | null;
  estimate: boolean;
  complete: boolean;
  target: number | null;
  targetPct: number | null;
}

const headers: Record<Locale, string[]> = { vi: vi.exportHeaders, en: en.exportHeaders };

/** A period's values, one sheet per field; numbers stay numbers, formatted with the catalog's decimals. */
export async function buildPeriodExport({
  title,
  fields,
  indicators,
  rows,
  locale,
}: {
  title: string;
  fields: CatalogField[];
  indicators: CatalogIndicator[];
  rows: ExportRow[];
  locale: Locale;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "ICT Report Desk";
  const byIndicator = new Map(rows.map((r) => [r.indicator, r]));
  const yes = getDictionary(locale).files.yes;
  const shown = fields.filter((field) => indicators.some((i) => i.field === field.code));
  const names = sheetNames(shown.map((f) => localName(f, locale)));
  shown.forEach((field, index) => {
    const list = indicators.filter((i) => i.field === field.code);
    const sheet = workbook.addWorksheet(names[index]);
    sheet.addRow([`${localName(field, locale)} — ${title}`]).font = { bold: true };
    sheet.addRow(headers[locale]).font = { bold: true };
    for (const indicator of list) {
      const row = byIndicator.get(indicator.code);
      const added = sheet.addRow([
        indicator.code,
        localName(indicator, locale),
        localUnit(indicator, locale),
        row?.value ?? null,
        row?.estimate ? yes : "",
        row?.complete ? yes : "",
        row?.target ?? null,
        row?.targetPct === null || row?.targetPct === undefined ? null : row.targetPct / 100,
      ]);
      added.getCell(4).numFmt = indicator.decimals ? `#,##0.${"0".repeat(indicator.decimals)}` : "#,##0";
      added.getCell(8).numFmt = "0.0%";
    }
    sheet.columns.forEach((column, i) => (column.width = [22, 60, 16, 16, 8, 10, 16, 12][i]));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
