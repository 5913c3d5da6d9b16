import ExcelJS from "exceljs";
import { z } from "zod";
import { columnKinds, type ColumnKind } from "@/lib/dashboard/chart-table";
import { sheetNames } from "./sheet-names";

const cell = z.union([z.string().max(300), z.number().finite(), z.null()]);

/** A chart's table as the browser sends it for an Excel download. */
export const tableExportInput = z
  .object({
    title: z.string().min(1).max(300),
    description: z.string().max(300),
    /** Readable (the chart's title), so Vietnamese; nothing a file system refuses, no leading dot. */
    fileName: z.string().regex(/^[^\\/:*?"<>|\u0000-\u001f\u007f.][^\\/:*?"<>|\u0000-\u001f\u007f]{0,119}$/),
    header: z.array(z.string().max(200)).min(1).max(12),
    kinds: z.array(z.enum(columnKinds)).min(1).max(12),
    decimals: z.number().int().min(0).max(6),
    rows: z.array(z.array(cell).max(12)).max(5000),
  })
  .refine((t) => t.kinds.length === t.header.length && t.rows.every((r) => r.length === t.header.length), {
    message: "columns",
    path: ["rows"],
  });

export type TableExport = z.infer<typeof tableExportInput>;

function numberFormat(kind: ColumnKind, decimals: number): string | undefined {
  if (kind === "integer") return "#,##0";
  if (kind === "number") return decimals ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
  if (kind === "share") return "0.0%";
  return undefined;
}

/** A worksheet named after the chart: its title and description, a bold header, and numbers kept as numbers. */
export function buildTableExport(table: TableExport): Promise<Buffer> {
  return buildTablesExport([table]);
}

/** One worksheet per table, each as buildTableExport makes it; `sheet` names it when the title is long. */
export async function buildTablesExport(
  tables: (Omit<TableExport, "fileName"> & { sheet?: string })[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const names = sheetNames(tables.map((t) => t.sheet ?? t.title));
  tables.forEach((table, i) => addTable(workbook.addWorksheet(names[i]), table));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTable(
  sheet: ExcelJS.Worksheet,
  { title, description, header, kinds, decimals, rows }: Omit<TableExport, "fileName">,
): void {
  sheet.addRow([title]).font = { bold: true, size: 12 };
  sheet.addRow([description]);
  sheet.addRow([]);
  sheet.addRow(header).font = { bold: true };
  for (const values of rows) {
    const row = sheet.addRow(values);
    kinds.forEach((kind, i) => {
      const format = numberFormat(kind, decimals);
      if (format && typeof values[i] === "number") row.getCell(i + 1).numFmt = format;
    });
  }
  sheet.columns.forEach((column, i) => (column.width = kinds[i] === "text" ? 36 : 18));
}
