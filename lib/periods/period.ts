export type PeriodKind = "month" | "quarter" | "half" | "nine" | "year";

export interface Period {
  kind: PeriodKind;
  year: number;
  index: number;
}

export function toYearMonth(year: number, month: number): number {
  return year * 100 + month;
}

export function splitYearMonth(ym: number): { year: number; month: number } {
  return { year: Math.floor(ym / 100), month: ym % 100 };
}
