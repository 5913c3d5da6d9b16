import type { CatalogIndicator } from "./types";

/** How deep each indicator sits under its totals in this catalog (0: a total of its own). */
export function depthsIn(catalog: readonly CatalogIndicator[]): (code: string) => number {
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  const depth = (code: string): number => {
    const parent = byCode.get(code)?.parent;
    return parent ? 1 + depth(parent) : 0;
  };
  return depth;
}

/** Indicators as the catalog lists them: by their field's order, then their own within the field. */
export function inCatalogOrder<I extends CatalogIndicator>(
  indicators: readonly I[],
  fields: readonly { code: string; sortOrder: number }[],
): I[] {
  const fieldOrder = new Map(fields.map((f) => [f.code, f.sortOrder]));
  return [...indicators].sort(
    (a, b) => (fieldOrder.get(a.field) ?? 0) - (fieldOrder.get(b.field) ?? 0) || a.sortOrder - b.sortOrder,
  );
}
