import { readFile } from "node:fs/promises";
import path from "node:path";
import { formatCatalogErrors, parseFieldsCsv, parseFormerNamesCsv, parseIndicatorsCsv } from "./catalog-file";
import type { CatalogField, CatalogIndicator } from "./types";

export const catalogDir = path.resolve(import.meta.dirname, "../../prisma/catalog");

/** Reads prisma/catalog/*.csv; throws with file and line numbers when a row is bad. */
export async function loadCatalogFiles(
  dir = catalogDir,
): Promise<{ fields: CatalogField[]; indicators: CatalogIndicator[] }> {
  const fieldsFile = path.join(dir, "fields.csv");
  const indicatorsFile = path.join(dir, "indicators.csv");
  const formerNamesFile = path.join(dir, "former-names.csv");
  const fields = parseFieldsCsv(await readFile(fieldsFile, "utf8"));
  if (!fields.ok) throw new Error(formatCatalogErrors(fieldsFile, fields.errors));
  const indicators = parseIndicatorsCsv(
    await readFile(indicatorsFile, "utf8"),
    new Set(fields.rows.map((f) => f.code)),
  );
  if (!indicators.ok) throw new Error(formatCatalogErrors(indicatorsFile, indicators.errors));
  const named = parseFormerNamesCsv(await readFile(formerNamesFile, "utf8"), indicators.rows);
  if (!named.ok) throw new Error(formatCatalogErrors(formerNamesFile, named.errors));
  return { fields: fields.rows, indicators: named.rows };
}
