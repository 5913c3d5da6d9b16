import { readFile } from "node:fs/promises";
import path from "node:path";
import { formatCatalogErrors, parseFieldsCsv, parseIndicatorsCsv } from "./catalog-file";
import type { CatalogField, CatalogIndicator } from "./types";

export const catalogDir = path.resolve(import.meta.dirname, "../../prisma/catalog");

/** Reads prisma/catalog/*.csv; throws with file and line numbers when a row is bad. */
export async function loadCatalogFiles(dir = catalogDir): Promise<{ fields: CatalogField[]; indicators: CatalogIndicator[] }> {
  const fieldsFile = path.join(dir, "fields.csv");
  const indicatorsFile = path.join(dir, "indicators.csv");
  const fields = parseFieldsCsv(await readFile(fieldsFile, "utf8"));
  if (!fields.ok) throw new Error(formatCatalogErrors(fieldsFile, fields.errors));
  const indicators = parseIndicatorsCsv(await readFile(indicatorsFile, "utf8"), new Set(fields.rows.map((f) => f.code)));
  if (!indicators.ok) throw new Error(formatCatalogErrors(indicatorsFile, indicators.errors));
  return { fields: fields.rows, indicators: indicators.rows };
}
