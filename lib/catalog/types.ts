import type { Frequency } from "./frequency";

export const indicatorKinds = ["flow", "stock", "ratio", "density"] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

/** A name an indicator had up to and including the month `until` (year * 100 + month). */
export interface FormerName {
  until: number;
  nameVi: string;
  nameEn: string;
}

/** One row of the indicator catalog, as the domain code sees it (no Prisma types). */
export interface CatalogIndicator {
  code: string;
  field: string;
  nameVi: string;
  nameEn: string;
  unitVi: string;
  unitEn: string;
  kind: IndicatorKind;
  /** Monthly, or reported only by quarter, half year or year (lib/catalog/frequency.ts). */
  frequency: Frequency;
  parent: string | null;
  numerator: string | null;
  denominator: string | null;
  decimals: number;
  /** The parts of this total must add up to it exactly (direct + online = received). */
  exhaustive: boolean;
  /** Whether a rise is good news (colours of dashboards). */
  higherIsBetter: boolean;
  /** Shown as a tile on the overview. */
  isKey: boolean;
  /** The first and last month it is reported (year * 100 + month), null for no bound. */
  activeFrom: number | null;
  activeTo: number | null;
  /** Its earlier names, oldest first; nameVi and nameEn are the current ones (see names.ts). */
  formerNames: FormerName[];
  /**
   * Other phrasings of it in reports, to read past reports back into figures: "cột treo cáp" (the
   * number before it, or after it and a colon), or with `#` where the number stands: "cấp tỉnh: #".
   */
  aliases: string[];
  example: string | null;
  sortOrder: number;
}

export interface CatalogField {
  code: string;
  nameVi: string;
  nameEn: string;
  sortOrder: number;
}

/** Ratios and densities are computed from other indicators and never stored or typed in. */
export function isDerived(kind: IndicatorKind): boolean {
  return kind === "ratio" || kind === "density";
}
