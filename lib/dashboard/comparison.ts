import type { CatalogIndicator } from "@/lib/catalog/types";
import { fill } from "@/lib/i18n/dictionary";
import { periodMonths, periodRange, previousPeriod, samePeriodLastYear, type Period } from "@/lib/periods/period";

// Like with like: a period still in progress (a quarter with one month entered, a year with ten)
// is compared with the same leading months of the previous period and of last year, never with
// their whole, so a quarter that has only begun does not show a fall.

/** A period and the months of it that a figure is computed over. */
export interface PeriodMonths {
  period: Period;
  months: number[];
}

/**
 * How many of the months, from the first, have figures so far: those up to the latest month with a
 * figure, when it falls before the last month (a quarter in progress); null when the figure covers
 * all of them, or there is none.
 */
export function monthsSoFar(months: number[], lastMonth: number | null): number | null {
  const index = lastMonth === null ? -1 : months.indexOf(lastMonth);
  return index >= 0 && index < months.length - 1 ? index + 1 : null;
}

/** The first `count` months of a period (all of them for null). */
export function leadingMonths(period: Period, count: number | null): PeriodMonths {
  const months = periodMonths(period);
  return { period, months: count === null ? months : months.slice(0, count) };
}

/** What a period's figure is compared with: the previous period and the same period last year, over the months it has so far. */
export function comparisonBases(
  period: Period,
  soFar: number | null,
): { previous: PeriodMonths; lastYear: PeriodMonths } {
  return {
    previous: leadingMonths(previousPeriod(period), soFar),
    lastYear: leadingMonths(samePeriodLastYear(period), soFar),
  };
}

/** Whether a figure over several months is their sum (flows, and ratios of flows), rather than a level at a month. */
export function isCumulative(indicator: CatalogIndicator, catalog: Map<string, CatalogIndicator>): boolean {
  if (indicator.kind === "flow") return true;
  if (indicator.kind === "stock") return false;
  return catalog.get(indicator.numerator ?? "")?.kind === "flow";
}

export interface SpanText {
  spanMonth: string;
  spanQuarter: string;
  spanYear: string;
  spanMonths: string;
  monthNames: readonly string[];
}

/** The leading months of a period, as a tile says them: tháng 10, 2 tháng đầu quý, 10 tháng đầu năm, tháng 7–10. */
export function spanLabel(period: Period, count: number, text: SpanText): string {
  const from = periodRange(period)[0] % 100;
  const to = from + count - 1;
  const name = (month: number) => text.monthNames[month - 1];
  if (count === 1) return fill(text.spanMonth, { month: from, name: name(from) });
  if (period.kind === "quarter") return fill(text.spanQuarter, { n: count });
  if (from === 1) return fill(text.spanYear, { n: count });
  return fill(text.spanMonths, { from, to, fromName: name(from), toName: name(to) });
}
