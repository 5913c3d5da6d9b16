import { monthsBetween, periodMonths, type Period } from "@/lib/periods/period";
import { coversSpan } from "./frequency";
import type { CatalogIndicator } from "./types";

// The catalog as of a month: which indicators are reported then and what they were called. District
// indicators end on 2025-06 (two-level local government from 2025-07-01) and some names changed then;
// a period before shows the catalog of its time, a period after the new one.

type Bounds = Pick<CatalogIndicator, "activeFrom" | "activeTo">;

/** Whether the indicator is reported in the month (year * 100 + month). */
export function isActiveIn(indicator: Bounds, yearMonth: number): boolean {
  return (
    (indicator.activeFrom === null || yearMonth >= indicator.activeFrom) &&
    (indicator.activeTo === null || yearMonth <= indicator.activeTo)
  );
}

/** The months of a list in which the indicator is reported. */
export function activeMonths(indicator: Bounds, months: number[]): number[] {
  return months.filter((m) => isActiveIn(indicator, m));
}

/** Its names in the month: the earliest former name that lasted until then, else the current one. */
export function namesAt(
  indicator: Pick<CatalogIndicator, "nameVi" | "nameEn" | "formerNames">,
  yearMonth: number,
): { nameVi: string; nameEn: string } {
  const former = indicator.formerNames.find((n) => yearMonth <= n.until);
  return former
    ? { nameVi: former.nameVi, nameEn: former.nameEn }
    : { nameVi: indicator.nameVi, nameEn: indicator.nameEn };
}

/** Every indicator (reported or not) under its names of the month. */
export function namedAt(catalog: CatalogIndicator[], yearMonth: number): CatalogIndicator[] {
  return catalog.map((i) => (i.formerNames.length ? { ...i, ...namesAt(i, yearMonth) } : i));
}

/** Whether the indicator is summed over a period (a flow, or a ratio of flows) rather than taken at its end. */
function isSummed(indicator: CatalogIndicator, byCode: Map<string, CatalogIndicator>): boolean {
  if (indicator.kind === "flow") return true;
  if (indicator.kind === "stock") return false;
  return [indicator.numerator, indicator.denominator].every((code) => byCode.get(code ?? "")?.kind === "flow");
}

/**
 * The catalog of a span of months (a period), named as in its last month: the flows reported in any
 * of its months, the levels reported in its last one (a level is the period's end, so the district
 * agencies of June 2025 are not the level of 2025); an indicator reported by quarter, half year or
 * year only over whole periods of its own (not in a month's catalog).
 */
export function catalogOfMonths(catalog: CatalogIndicator[], months: number[]): CatalogIndicator[] {
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  const last = months[months.length - 1];
  const active = (i: CatalogIndicator) =>
    isSummed(i, byCode) ? months.some((m) => isActiveIn(i, m)) : isActiveIn(i, last);
  const reported = (i: CatalogIndicator) => coversSpan(i.frequency, months) && active(i);
  return namedAt(catalog.filter(reported), last);
}

export function catalogOfMonth(catalog: CatalogIndicator[], yearMonth: number): CatalogIndicator[] {
  return catalogOfMonths(catalog, [yearMonth]);
}

export function catalogOfPeriod(catalog: CatalogIndicator[], period: Period): CatalogIndicator[] {
  return catalogOfMonths(catalog, periodMonths(period));
}

export function catalogOfYear(catalog: CatalogIndicator[], year: number): CatalogIndicator[] {
  return catalogOfMonths(catalog, monthsBetween(year * 100 + 1, year * 100 + 12));
}
