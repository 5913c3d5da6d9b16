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
