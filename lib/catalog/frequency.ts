import { periodOfMonth, periodRange, type Period, type PeriodKind } from "@/lib/periods/period";

// How often a department reports an indicator (the catalog's `frequency`). Most are monthly; some
// a department only reports by quarter, half year or year: their figures are stored for that period
// (as reported period figures), never for months.

export const frequencies = ["monthly", "quarterly", "half-yearly", "yearly"] as const;
export type Frequency = (typeof frequencies)[number];

const kindOf: Record<Frequency, PeriodKind> = {
  monthly: "month",
  quarterly: "quarter",
  "half-yearly": "half",
  yearly: "year",
};

/** The kind of period an indicator's figures are entered for: month, quarter, half or year. */
export function entryPeriodKind(frequency: Frequency): PeriodKind {
  return kindOf[frequency];
}

/** The frequency whose figures are entered for a kind of period (none for nine months). */
export function frequencyOfKind(kind: PeriodKind): Frequency | null {
  return frequencies.find((f) => kindOf[f] === kind) ?? null;
}

/** The period of the indicator's frequency that ends in the month, if one does (2025-03 → 2025-Q1 for a quarterly one). */
export function periodEndingIn(frequency: Frequency, yearMonth: number): Period | null {
  const period = periodOfMonth(yearMonth, entryPeriodKind(frequency));
  return period && periodRange(period)[1] === yearMonth ? period : null;
}

/**
 * Whether an indicator of the frequency has a figure over a span of months (in order, one after
 * another): a monthly one always; the others when the span is made of whole periods of theirs
 * (a quarterly one over a quarter, six or nine months or a year, not over a month).
 */
export function coversSpan(frequency: Frequency, months: number[]): boolean {
  if (frequency === "monthly") return true;
  if (!months.length) return false;
  const kind = entryPeriodKind(frequency);
  const [first, last] = [months[0], months[months.length - 1]];
  return periodRange(periodOfMonth(first, kind)!)[0] === first && periodRange(periodOfMonth(last, kind)!)[1] === last;
}
