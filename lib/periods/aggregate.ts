import Decimal from "decimal.js";
import { isDerived, type CatalogIndicator, type IndicatorKind } from "@/lib/catalog/types";

// How a longer period is computed from its months — the one place for the rules. SQL gives the
// facts of each stored indicator over the months; ratios are recomputed here from their parts.

export interface MonthFacts {
  sum: number | null;
  last: number | null;
  lastMonth: number | null;
  monthsPresent: number;
  anyEstimate: boolean;
}

export interface AggregateValue {
  value: number | null;
  estimate: boolean;
  complete: boolean;
}

export function sqlAggregateOf(kind: IndicatorKind): "sum" | "last" {
  if (isDerived(kind)) throw new Error(`${kind} indicators are computed, not aggregated`);
  return kind === "flow" ? "sum" : "last";
}

export function storedInputs(indicator: CatalogIndicator): string[] {
  return isDerived(indicator.kind) ? [indicator.numerator!, indicator.denominator!] : [indicator.code];
}

/**
 * numerator / denominator × 100, or null when the denominator is zero. Divided in decimal so that
 * a ratio at a rounding boundary stays there: 23/40 is 57.5, not the float 57.49999999999999.
 */
export function computeRatio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : new Decimal(String(numerator)).times(100).div(String(denominator)).toNumber();
}

function storedValue(indicator: CatalogIndicator | undefined, facts: MonthFacts | undefined): number | null {
  if (!indicator || !facts || facts.monthsPresent === 0) return null;
  return sqlAggregateOf(indicator.kind) === "sum" ? facts.sum : facts.last;
}

export function resolveAggregate(indicator: CatalogIndicator, facts: Map<string, MonthFacts>, monthCount: number, catalog: Map<string, CatalogIndicator>): AggregateValue {
  const inputs = storedInputs(indicator);
  const used = inputs.map((code) => facts.get(code));
  const estimate = used.some((f) => f?.anyEstimate ?? false);
  const complete = used.every((f) => (f?.monthsPresent ?? 0) === monthCount);
  if (!isDerived(indicator.kind)) return { value: storedValue(indicator, used[0]), estimate, complete };
  const numerator = storedValue(catalog.get(inputs[0]), used[0]);
  const denominator = storedValue(catalog.get(inputs[1]), used[1]);
  const value = numerator === null || denominator === null ? null : computeRatio(numerator, denominator);
  return { value, estimate, complete };
}

/** MonthFacts from monthly values in memory (tests, small cases); SQL computes the same in the data layer. */
export function factsFromMonths(values: Map<number, { value: number; estimate: boolean }>, months: number[]): MonthFacts {
  const present = months.filter((m) => values.has(m));
  const lastMonth = present.length ? present[present.length - 1] : null;
  return {
    sum: present.length ? present.reduce((s, m) => s + values.get(m)!.value, 0) : null,
    last: lastMonth === null ? null : values.get(lastMonth)!.value,
    lastMonth,
    monthsPresent: present.length,
    anyEstimate: present.some((m) => values.get(m)!.estimate),
  };
}

export function aggregateMonths(
  indicator: CatalogIndicator,
  monthValues: Map<string, Map<number, { value: number; estimate: boolean }>>,
  months: number[],
  catalog: Map<string, CatalogIndicator>,
): AggregateValue {
  const facts = new Map(storedInputs(indicator).map((code) => [code, factsFromMonths(monthValues.get(code) ?? new Map(), months)]));
  return resolveAggregate(indicator, facts, months.length, catalog);
}
