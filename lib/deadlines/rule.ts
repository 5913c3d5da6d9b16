import {
  addMonths,
  periodRange,
  splitYearMonth,
  toYearMonth,
  type Period,
  type PeriodKind,
} from "@/lib/periods/period";

// When figures and reports are due. The data of a periodic report is cut off on the 14th of the
// period's last month, from the 15th of the month before its first (Nghị định 09/2019/NĐ-CP,
// art. 12); the ministry's regime (Thông tư 02/2023/TT-BTTTT) wants a month's report by the 15th
// of that month, a quarter's (and six and nine months') by the 6th of its last month, a year's by
// 25 November. Each organisation may move these days, and each unit the day its month's figures
// are due. Dates are calendar days (UTC midnight of the date); a due day lasts until its end in
// Vietnam (UTC+7, no daylight saving).

export interface DeadlineSettings {
  /** Day of the month by which a unit's figures of that month are due (the unit's own, else the organisation's). */
  unitDay: number;
  /** Day by which a report of each kind is due: in the period's last month; a year's in November. */
  reportDays: Record<PeriodKind, number>;
}

export const defaultReportDays: Record<PeriodKind, number> = { month: 15, quarter: 6, half: 6, nine: 6, year: 25 };

/** A year's report is due in November, before the year ends. */
export const yearReportMonth = 11;

const date = (yearMonth: number, day: number) => {
  const { year, month } = splitYearMonth(yearMonth);
  return new Date(Date.UTC(year, month - 1, day));
};

/** The month's figures of a unit are due on its day of that same month (the report is written mid-month, with estimates). */
export function unitFiguresDue(yearMonth: number, unitDay: number): Date {
  return date(yearMonth, unitDay);
}

/** The month in which a period's report is due. */
function reportDueMonth(period: Period): number {
  const last = periodRange(period)[1];
  return period.kind === "year" ? toYearMonth(period.year, yearReportMonth) : last;
}

export function reportDue(period: Period, reportDays: Record<PeriodKind, number>): Date {
  return date(reportDueMonth(period), reportDays[period.kind]);
}

/** The days a periodic report's figures cover (NĐ 09/2019): from the 15th of the month before its first month to the 14th of its last. */
export function dataCutOff(period: Period): { from: Date; to: Date } {
  const [first, last] = periodRange(period);
  return { from: date(addMonths(first, -1), 15), to: date(last, 14) };
}

/** The periods of each kind whose report is due in the month. */
export function reportsDueIn(yearMonth: number): Period[] {
  const { year, month } = splitYearMonth(yearMonth);
  const periods: Period[] = [{ kind: "month", year, index: month }];
  if (month % 3 === 0) periods.push({ kind: "quarter", year, index: month / 3 });
  if (month % 6 === 0) periods.push({ kind: "half", year, index: month / 6 });
  if (month === 9) periods.push({ kind: "nine", year, index: 1 });
  if (month === yearReportMonth) periods.push({ kind: "year", year, index: 1 });
  return periods;
}

export type DeadlineState = "done" | "late" | "missing" | "dueSoon" | "due";

/** Days before a due date from which it counts as close (and a reminder goes out). */
export const dueSoonDays = 3;

const hourMs = 3600 * 1000;
const dayMs = 24 * hourMs;
const vietnamOffsetMs = 7 * hourMs;

/** The instant a due day ends in Vietnam. */
export function endOfDueDay(due: Date): Date {
  return new Date(due.getTime() + dayMs - vietnamOffsetMs);
}

/**
 * Where something due stands on `today`: done by the end of its due day, done late, missing (its
 * day is past), due within `dueSoonDays`, or due later.
 */
export function deadlineState(due: Date, doneAt: Date | null, today: Date): DeadlineState {
  const end = endOfDueDay(due).getTime();
  if (doneAt) return doneAt.getTime() < end ? "done" : "late";
  if (today.getTime() >= end) return "missing";
  return today.getTime() >= end - (dueSoonDays + 1) * dayMs ? "dueSoon" : "due";
}
