import type { Locale } from "@/lib/i18n/dictionary";
import { periodLabel } from "./labels";
import {
  addMonths,
  formatPeriodCode,
  parsePeriod,
  periodKinds,
  periodOfMonth,
  periodRange,
  periodsBetween,
  toYearMonth,
  type Period,
  type PeriodKind,
} from "./period";

/** The first year the period pickers offer (entry, reports, exports, dashboards, past reports read back). */
export const firstPeriodYear = 2010;

/** The years a picker offers, latest first. */
export function pickerYears(thisYear: number): number[] {
  return Array.from({ length: thisYear - firstPeriodYear + 1 }, (_, i) => thisYear - i);
}

/** The period of another kind around a period's last month, as a picker switching kinds keeps the time (nine months: the same year's). */
export function periodOfKind(p: Period, kind: PeriodKind): Period {
  return periodOfMonth(periodRange(p)[1], kind) ?? { kind, year: p.year, index: 1 };
}

/**
 * The periods of a kind a report can be made for, latest first, back to January of `fromYear`:
 * those that end in the current month or before (a report is written in its period's last month,
 * with estimates), the year's from November, when annual reports are asked for.
 */
export function reportablePeriods(kind: PeriodKind, currentYm: number, fromYear: number): Period[] {
  return periodsBetween(toYearMonth(fromYear, 1), addMonths(currentYm, kind === "year" ? 1 : 0), kind).reverse();
}

export interface PeriodChoice {
  /** The period code (2024-Q4). */
  value: string;
  /** As a report names it, capitalised: Quý IV/2024, 9 tháng đầu năm 2024. */
  label: string;
}

/**
 * The choice a picker moves to when its kind changes: the same time in the new kind's list (from
 * Quý III/2024 to months is Tháng 9 năm 2024) when it is listed, else that list's latest.
 */
export function choiceOfKind(choices: Record<PeriodKind, PeriodChoice[]>, code: string, kind: PeriodKind): string {
  const current = parsePeriod(code);
  const near = current ? formatPeriodCode(periodOfKind(current, kind)) : "";
  return choices[kind].some((c) => c.value === near) ? near : (choices[kind][0]?.value ?? "");
}

/** Every kind's reportable periods as a picker lists them. */
export function reportPeriodChoices(
  currentYm: number,
  fromYear: number,
  locale: Locale,
): Record<PeriodKind, PeriodChoice[]> {
  const choices = (kind: PeriodKind) =>
    reportablePeriods(kind, currentYm, fromYear).map((p) => {
      const label = periodLabel(p, locale);
      return { value: formatPeriodCode(p), label: label.charAt(0).toLocaleUpperCase(locale) + label.slice(1) };
    });
  return Object.fromEntries(periodKinds.map((k) => [k, choices(k)])) as Record<PeriodKind, PeriodChoice[]>;
}
