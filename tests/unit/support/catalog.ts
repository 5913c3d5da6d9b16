import { readFileSync } from "node:fs";
import path from "node:path";
import { parseFieldsCsv, parseFormerNamesCsv, parseIndicatorsCsv } from "@/lib/catalog/catalog-file";
import type { CatalogIndicator } from "@/lib/catalog/types";

/** A catalog row with defaults, for tests that build a small catalog by hand. */
export function indicator(code: string, overrides: Partial<CatalogIndicator> = {}): CatalogIndicator {
  return {
    code,
    field: code.split(".")[0],
    nameVi: code,
    nameEn: code,
    unitVi: "",
    unitEn: "",
    kind: "flow",
    frequency: "monthly",
    parent: null,
    numerator: null,
    denominator: null,
    decimals: 0,
    exhaustive: false,
    higherIsBetter: true,
    isKey: false,
    activeFrom: null,
    activeTo: null,
    formerNames: [],
    aliases: [],
    example: null,
    sortOrder: 0,
    ...overrides,
  };
}

/** The catalog as the product ships it (prisma/catalog), with its fields. */
export function loadCatalog(): { indicators: Map<string, CatalogIndicator>; fields: Map<string, string> } {
  const dir = path.resolve(import.meta.dirname, "../../../prisma/catalog");
  const fields = parseFieldsCsv(readFileSync(path.join(dir, "fields.csv"), "utf8"));
  if (!fields.ok) throw new Error("fields.csv");
  const result = parseIndicatorsCsv(
    readFileSync(path.join(dir, "indicators.csv"), "utf8"),
    new Set(fields.rows.map((f) => f.code)),
  );
  if (!result.ok) throw new Error("indicators.csv");
  const named = parseFormerNamesCsv(readFileSync(path.join(dir, "former-names.csv"), "utf8"), result.rows);
  if (!named.ok) throw new Error("former-names.csv");
  return {
    indicators: new Map(named.rows.map((i) => [i.code, i])),
    fields: new Map(fields.rows.map((f) => [f.code, f.nameVi])),
  };
}
