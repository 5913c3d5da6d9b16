import { addMonths } from "@/lib/periods/period";
import type { CatalogIndicator } from "./types";

// Where a field's classification changed: indicators that stop being reported in one month and
// others that start in the same field the month after (online public services counted by level
// until 2022, as partly or fully online from 2023; district agencies until 2025-06). Their figures
// are two series, never one: a dashboard marks the change instead of joining them.

export interface ClassificationChange {
  field: string;
  /** The first month (year * 100 + month) of the new classification. */
  month: number;
  /** Indicators reported until the month before, and from the month on. */
  ended: CatalogIndicator[];
  began: CatalogIndicator[];
}

/** Every change of the catalog, in month order. */
export function classificationChanges(catalog: CatalogIndicator[]): ClassificationChange[] {
  const changes = new Map<string, ClassificationChange>();
  const changeOf = (field: string, month: number) => {
    const key = `${field}@${month}`;
    if (!changes.has(key)) changes.set(key, { field, month, ended: [], began: [] });
    return changes.get(key)!;
  };
  for (const indicator of catalog) {
    if (indicator.activeTo !== null) changeOf(indicator.field, addMonths(indicator.activeTo, 1)).ended.push(indicator);
    if (indicator.activeFrom !== null) changeOf(indicator.field, indicator.activeFrom).began.push(indicator);
  }
  return [...changes.values()].sort((a, b) => a.month - b.month);
}

/** The heads of a list: its indicators whose parent is not in it (the others are their parts). */
export function headsOf(indicators: CatalogIndicator[]): CatalogIndicator[] {
  const codes = new Set(indicators.map((i) => i.code));
  return indicators.filter((i) => !i.parent || !codes.has(i.parent));
}

/**
 * The changes an indicator's figures cross: it ended or began there, or its parts did (the total
 * of services goes on while its parts change from levels to partly and fully online).
 */
export function changesOf(catalog: CatalogIndicator[], code: string): ClassificationChange[] {
  const concerns = (i: CatalogIndicator) =>
    i.code === code || i.parent === code || i.numerator === code || i.denominator === code;
  return classificationChanges(catalog).filter((change) => [...change.ended, ...change.began].some(concerns));
}
