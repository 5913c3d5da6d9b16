import Decimal from "decimal.js";
import { isDerived, type CatalogIndicator, type IndicatorKind } from "@/lib/catalog/types";

// How a longer period is computed from its months — the one place for the rules. SQL gives the
// facts of each stored indicator over the months; ratios are recomputed here from their parts.
// Sums and last values are exact decimal strings (the database's numeric); `value` is their number
// for charts and comparisons, `exact` what documents print.

// Enough digits for a year's sum of the largest values a column holds (20 digits) and for ratios.
export const Exact = Decimal.clone({ precision: 40 });

export interface MonthFacts {
  sum: string | null;
  last: string | null;
  lastMonth: number | null;
  monthsPresent: number;
  anyEstimate: boolean;
  /** Taken from reported period figures (lib/periods/reported.ts) because months are missing. */
  reported?: boolean;
}

export interface AggregateValue {
  value: number | null;
  /** The value as an exact decimal string (ratios to 40 significant digits). */
  exact: string | null;
  estimate: boolean;
  /** Every month is there, or the value is a reported figure of the whole period. */
  complete: boolean;
  /** `reported` when a reported period figure stands in for missing months. */
  source: "months" | "reported";
  /** The latest month with a figure among the months asked for (of any input, for a ratio). */
  lastMonth: number | null;
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
  const exact = exactRatio(String(numerator), String(denominator));
  return exact === null ? null : Number(exact);
}

export function exactRatio(numerator: string | null, denominator: string | null): string | null {
  if (numerator === null || denominator === null || new Exact(denominator).isZero()) return null;
  return new Exact(numerator).times(100).div(denominator).toFixed();
}

function storedValue(indicator: CatalogIndicator | undefined, facts: MonthFacts | undefined): string | null {
  if (!indicator || !facts || (facts.monthsPresent === 0 && !facts.reported)) return null;
  return sqlAggregateOf(indicator.kind) === "sum" ? facts.sum : facts.last;
}

export function resolveAggregate(
  indicator: CatalogIndicator,
  facts: Map<string, MonthFacts>,
  monthCount: number,
  catalog: Map<string, CatalogIndicator>,
): AggregateValue {
  const inputs = storedInputs(indicator);
  const used = inputs.map((code) => facts.get(code));
  const estimate = used.some((f) => f?.anyEstimate ?? false);
  const complete = used.every((f) => f?.reported || (f?.monthsPresent ?? 0) === monthCount);
  const source = used.some((f) => f?.reported) ? "reported" : "months";
  const lastMonths = used.flatMap((f) => (f?.lastMonth ? [f.lastMonth] : []));
  const exact = isDerived(indicator.kind)
    ? exactRatio(storedValue(catalog.get(inputs[0]), used[0]), storedValue(catalog.get(inputs[1]), used[1]))
    : storedValue(indicator, used[0]);
  return {
    value: exact === null ? null : Number(exact),
    exact,
    estimate,
    complete,
    source,
    lastMonth: lastMonths.length ? Math.max(...lastMonths) : null,
  };
}

/** MonthFacts from monthly values in memory (tests, small cases); SQL computes the same in the data layer. */
export function factsFromMonths(
  values: Map<number, { value: number; estimate: boolean }>,
  months: number[],
): MonthFacts {
  const present = months.filter((m) => values.has(m));
  const lastMonth = present.length ? present[present.length - 1] : null;
  return {
    sum: present.length ? present.reduce((s, m) => s.plus(String(values.get(m)!.value)), new Exact(0)).toFixed() : null,
    last: lastMonth === null ? null : String(values.get(lastMonth)!.value),
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
  const facts = new Map(
    storedInputs(indicator).map((code) => [code, factsFromMonths(monthValues.get(code) ?? new Map(), months)]),
  );
  return resolveAggregate(indicator, facts, months.length, catalog);
}
