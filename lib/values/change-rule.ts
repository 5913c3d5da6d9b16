import Decimal from "decimal.js";
import { addMonths } from "@/lib/periods/period";

// When a change needs a note: the entry page (as staff type) and the server (before saving) call
// this one rule. A change must be large both in % and in absolute terms, so that small counts
// (1 -> 2 meetings, 5 -> 15) pass while a real jump for the indicator asks for an explanation.

export const changeRule = {
  /** Large in %: more than this against last month or the same month last year. */
  percent: 50,
  /** Large in absolute terms, at least: more than this many steps of the indicator's last decimal (10 meetings, 1,0 tỷ đồng). */
  steps: 10,
  /** The indicator's history: the months before the month entered. */
  historyMonths: 24,
  /** With fewer stored months of history, only the % and the steps decide. */
  minHistory: 12,
  /** The usual range is the history's mean ± this many standard deviations (DHIS2's outlier check). */
  deviations: 3,
} as const;

export interface UsualRange {
  low: number;
  high: number;
  /** How many months of history it was computed from. */
  months: number;
}

/** Relative change from one value to another, in %; null from zero. */
export function changePercent(from: number, to: number): number | null {
  return from === 0
    ? null
    : new Decimal(String(to))
        .minus(String(from))
        .times(100)
        .div(String(Math.abs(from)))
        .toNumber();
}

/** Mean ± 3 standard deviations of the stored months of history (never below zero); null with fewer than 12 months. */
export function usualRange(history: readonly number[]): UsualRange | null {
  if (history.length < changeRule.minHistory) return null;
  const mean = history.reduce((a, b) => a + b, 0) / history.length;
  const deviation = Math.sqrt(history.reduce((a, b) => a + (b - mean) ** 2, 0) / history.length);
  return {
    low: Math.max(0, mean - changeRule.deviations * deviation),
    high: mean + changeRule.deviations * deviation,
    months: history.length,
  };
}

/** The absolute change a value must exceed before it can need a note. */
export function minimumChange(decimals: number): Decimal {
  return new Decimal(changeRule.steps).times(new Decimal(10).pow(-decimals));
}

/**
 * Whether a change needs a note: more than 50 % (any rise from zero counts), more than 10 steps of
 * the indicator's last decimal, and, when the indicator has at least 12 months of history, outside
 * that history's usual range.
 */
export function needsNote({
  from,
  to,
  decimals,
  range,
}: {
  from: number;
  to: number;
  decimals: number;
  range: UsualRange | null;
}): boolean {
  const percent = changePercent(from, to);
  if (percent === null ? to === 0 : Math.abs(percent) <= changeRule.percent) return false;
  if (new Decimal(String(to)).minus(String(from)).abs().lte(minimumChange(decimals))) return false;
  return range === null || to < range.low || to > range.high;
}

export interface RecentValue {
  indicator: string;
  yearMonth: number;
  value: number;
}

export interface RecentHistory {
  previous: Map<string, number>;
  lastYear: Map<string, number>;
  /** Per indicator, the stored values of the 24 months before the month entered. */
  history: Map<string, number[]>;
}

/** Last month, the same month last year and the history, from the stored values of the 24 months before a month. */
export function splitRecent(values: readonly RecentValue[], yearMonth: number): RecentHistory {
  const first = addMonths(yearMonth, -changeRule.historyMonths);
  const previousMonth = addMonths(yearMonth, -1);
  const lastYearMonth = addMonths(yearMonth, -12);
  const recent: RecentHistory = { previous: new Map(), lastYear: new Map(), history: new Map() };
  for (const v of values) {
    if (v.yearMonth < first || v.yearMonth >= yearMonth) continue;
    if (v.yearMonth === previousMonth) recent.previous.set(v.indicator, v.value);
    if (v.yearMonth === lastYearMonth) recent.lastYear.set(v.indicator, v.value);
    recent.history.set(v.indicator, [...(recent.history.get(v.indicator) ?? []), v.value]);
  }
  return recent;
}
