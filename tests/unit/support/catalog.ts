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
    parent: null,
    numerator: null,
    denominator: null,
    decimals: 0,
    exhaustive: false,
    higherIsBetter: true,
    isKey: false,
    activeFrom: null,
    activeTo: null,
    example: null,
    sortOrder: 0,
    ...overrides,
  };
}
