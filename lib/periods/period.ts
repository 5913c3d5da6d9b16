// Period codes and their months: 2023-06, 2023-Q1, 2023-H1, 2023-9M, 2023. A month is year*100+month.

export const periodKinds = ["month", "quarter", "half", "nine", "year"] as const;
export type PeriodKind = (typeof periodKinds)[number];

/** How many periods of each kind a year has (its indexes run from 1). */
export const periodsPerYear: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, nine: 1, year: 1 };

export interface Period {
  kind: PeriodKind;
  year: number;
  /** month 1-12, quarter 1-4, half 1-2; 1 for nine months and year. */
  index: number;
}

/** The years any period or month input may name (the same range everywhere). */
export const minYear = 1990;
export const maxYear = 2100;

export function isYearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= minYear && year <= maxYear;
}

/** A `YYYY-MM` month code that names a real month within the accepted years. */
export function isMonthCode(code: string): boolean {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  return match !== null && isYearInRange(Number(match[1]));
}

/** A `YYYY-MM-DD` date that exists in the calendar (no 2024-13-45, no 2023-02-29) within the accepted years. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    isYearInRange(year) &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

export function toYearMonth(year: number, month: number): number {
  return year * 100 + month;
}

export function splitYearMonth(ym: number): { year: number; month: number } {
  return { year: Math.floor(ym / 100), month: ym % 100 };
}

/** The last day of a month as a UTC date (organisation profiles take effect on days). */
export function lastDayOfMonth(ym: number): Date {
  const { year, month } = splitYearMonth(ym);
  return new Date(Date.UTC(year, month, 0));
}

/** The month a moment falls in, as Vietnam sees it. */
export function monthOf(date: Date): number {
  const [year, month] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Ho_Chi_Minh",
    year: "numeric",
    month: "2-digit",
  })
    .format(date)
    .split("-")
    .map(Number);
  return toYearMonth(year, month);
}

export function addMonths(ym: number, n: number): number {
  const index = Math.floor(ym / 100) * 12 + (ym % 100) - 1 + n;
  return toYearMonth(Math.floor(index / 12), (index % 12) + 1);
}

export function monthsBetween(fromYm: number, toYm: number): number[] {
  const months: number[] = [];
  for (let ym = fromYm; ym <= toYm; ym = addMonths(ym, 1)) months.push(ym);
  return months;
}

const patterns: [RegExp, PeriodKind][] = [
  [/^(\d{4})-(0[1-9]|1[0-2])$/, "month"],
  [/^(\d{4})-Q([1-4])$/, "quarter"],
  [/^(\d{4})-H([12])$/, "half"],
  [/^(\d{4})-(9)M$/, "nine"],
  [/^(\d{4})$/, "year"],
];

export function parsePeriod(code: string): Period | null {
  for (const [pattern, kind] of patterns) {
    const match = pattern.exec(code);
    if (!match) continue;
    const year = Number(match[1]);
    if (!isYearInRange(year)) return null;
    const index = kind === "nine" || kind === "year" ? 1 : Number(match[2]);
    return { kind, year, index };
  }
  return null;
}

export function formatPeriodCode(p: Period): string {
  switch (p.kind) {
    case "month":
      return `${p.year}-${String(p.index).padStart(2, "0")}`;
    case "quarter":
      return `${p.year}-Q${p.index}`;
    case "half":
      return `${p.year}-H${p.index}`;
    case "nine":
      return `${p.year}-9M`;
    case "year":
      return String(p.year);
  }
}

/** First and last month of a period. */
export function periodRange(p: Period): [number, number] {
  const span = {
    month: [p.index, p.index],
    quarter: [p.index * 3 - 2, p.index * 3],
    half: [p.index * 6 - 5, p.index * 6],
    nine: [1, 9],
    year: [1, 12],
  }[p.kind];
  return [toYearMonth(p.year, span[0]), toYearMonth(p.year, span[1])];
}

export function periodMonths(p: Period): number[] {
  return monthsBetween(...periodRange(p));
}

/** January of the period's year up to its last month (lũy kế từ đầu năm). */
export function ytdMonths(p: Period): number[] {
  return monthsBetween(toYearMonth(p.year, 1), periodRange(p)[1]);
}

export function nextPeriod(p: Period): Period {
  switch (p.kind) {
    case "month":
      return p.index === 12 ? { kind: "month", year: p.year + 1, index: 1 } : { ...p, index: p.index + 1 };
    case "quarter":
      return p.index === 4 ? { kind: "quarter", year: p.year + 1, index: 1 } : { ...p, index: p.index + 1 };
    case "half":
      return p.index === 2 ? { kind: "half", year: p.year + 1, index: 1 } : { ...p, index: 2 };
    case "nine":
      return { kind: "quarter", year: p.year, index: 4 };
    case "year":
      return { kind: "year", year: p.year + 1, index: 1 };
  }
}

/** Nine months and a year have no period of their own before them: theirs is the same period last year. */
export function hasOwnPreviousPeriod(kind: PeriodKind): boolean {
  return kind !== "nine" && kind !== "year";
}

export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case "month":
      return p.index === 1 ? { kind: "month", year: p.year - 1, index: 12 } : { ...p, index: p.index - 1 };
    case "quarter":
      return p.index === 1 ? { kind: "quarter", year: p.year - 1, index: 4 } : { ...p, index: p.index - 1 };
    case "half":
      return p.index === 1 ? { kind: "half", year: p.year - 1, index: 2 } : { ...p, index: 1 };
    case "nine":
    case "year":
      return samePeriodLastYear(p);
  }
}

export function samePeriodLastYear(p: Period): Period {
  return { ...p, year: p.year - 1 };
}

/** A month as a period. */
export function monthPeriod(ym: number): Period {
  const { year, month } = splitYearMonth(ym);
  return { kind: "month", year, index: month };
}

/** The period of a kind that contains a month (none for nine months after September). */
export function periodOfMonth(ym: number, kind: PeriodKind): Period | null {
  const { year, month } = splitYearMonth(ym);
  switch (kind) {
    case "month":
      return monthPeriod(ym);
    case "quarter":
      return { kind, year, index: Math.ceil(month / 3) };
    case "half":
      return { kind, year, index: month <= 6 ? 1 : 2 };
    case "nine":
      return month <= 9 ? { kind, year, index: 1 } : null;
    case "year":
      return { kind, year, index: 1 };
  }
}

/** The periods of a kind whose last month lies in the range, in order. */
export function periodsBetween(fromYm: number, toYm: number, kind: PeriodKind): Period[] {
  const periods: Period[] = [];
  for (const ym of monthsBetween(fromYm, toYm)) {
    const p = periodOfMonth(ym, kind);
    if (p && periodRange(p)[1] === ym) periods.push(p);
  }
  return periods;
}
