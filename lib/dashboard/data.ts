import "server-only";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import { addMonths, hasOwnPreviousPeriod, monthsBetween, periodMonths, periodRange, periodsBetween, previousPeriod, samePeriodLastYear, ytdMonths, type Period } from "@/lib/periods/period";
import { computePeriodValues, type PeriodValue } from "@/lib/values/queries";

// What the dashboards show, computed by the same period engine as the API.

export async function getLatestDataMonth({ organisationId }: { organisationId: string }): Promise<number | null> {
  const row = await db().monthValue.aggregate({ where: { organisationId }, _max: { yearMonth: true } });
  return row._max.yearMonth;
}

export interface Tile {
  indicator: CatalogIndicator;
  current: PeriodValue;
  previous: number | null;
  /** False where the previous period is the same period last year (nine months, a year). */
  showsPrevious: boolean;
  lastYear: number | null;
  spark: { period: string; value: number | null }[];
}

export function keyIndicators(catalog: CatalogIndicator[], field: string, year: number): CatalogIndicator[] {
  const active = catalog.filter((i) => i.field === field && (i.activeFrom ?? 0) <= year && (i.activeTo ?? 9999) >= year);
  const keys = active.filter((i) => i.isKey);
  return keys.length ? keys : active.filter((i) => !i.parent).slice(0, 4);
}

/** Tiles of a field's key indicators: the period, the previous one, last year's, and 12 months of sparkline. */
export async function getFieldTiles({ organisationId, period, field, catalog }: { organisationId: string; period: Period; field: string; catalog: CatalogIndicator[] }): Promise<Tile[]> {
  const indicators = keyIndicators(catalog, field, period.year);
  if (!indicators.length) return [];
  const end = periodRange(period)[1];
  const sparkMonths = monthsBetween(addMonths(end, -11), end);
  const periods = [period, previousPeriod(period), samePeriodLastYear(period)].map((p) => ({ period: p, months: periodMonths(p) }));
  const spark = sparkMonths.map((ym) => ({ period: { kind: "month" as const, year: Math.floor(ym / 100), index: ym % 100 }, months: [ym] }));
  const values = await computePeriodValues({ organisationId, periods: [...periods, ...spark], indicators, catalog: new Map(catalog.map((i) => [i.code, i])) });
  const n = indicators.length;
  return indicators.map((indicator, i) => ({
    indicator,
    current: values[i],
    previous: values[n + i].value,
    showsPrevious: hasOwnPreviousPeriod(period.kind),
    lastYear: values[2 * n + i].value,
    spark: spark.map((_, s) => ({ period: values[(3 + s) * n + i].period, value: values[(3 + s) * n + i].value })),
  }));
}

export type TrendGrain = "month" | "quarter" | "ytd";

export interface TrendPoint {
  period: string;
  value: number | null;
  lastYear: number | null;
  estimate: boolean;
  target: number | null;
}

/** The last `range` months up to `end`, by grain, with the same periods a year earlier beside them. */
export async function getTrend({ organisationId, indicator, end, range, grain, catalog }: { organisationId: string; indicator: CatalogIndicator; end: number; range: number; grain: TrendGrain; catalog: CatalogIndicator[] }): Promise<TrendPoint[]> {
  const start = addMonths(end, -(range - 1));
  const periods: { period: Period; months: number[] }[] =
    grain === "quarter"
      ? periodsBetween(start, end, "quarter").map((p) => ({ period: p, months: periodMonths(p) }))
      : periodsBetween(start, end, "month").map((p) => ({ period: p, months: grain === "ytd" ? ytdMonths(p) : periodMonths(p) }));
  const earlier = periods.map(({ period, months }) => ({ period: samePeriodLastYear(period), months: months.map((m) => addMonths(m, -12)) }));
  const values = await computePeriodValues({ organisationId, periods: [...periods, ...earlier], indicators: [indicator], catalog: new Map(catalog.map((i) => [i.code, i])) });
  const n = periods.length;
  const flowTarget = indicator.kind === "flow" && grain !== "ytd";
  return periods.map((_, i) => ({
    period: values[i].period,
    value: values[i].value,
    lastYear: values[n + i].value,
    estimate: values[i].estimate,
    // A yearly flow target compares with year-to-date sums, not with a single month.
    target: flowTarget ? null : values[i].target,
  }));
}

export interface BreakdownPart {
  indicator: string;
  value: number | null;
}

/** The parts of a total for a period (and what the parts leave unexplained, when not exhaustive). */
export async function getBreakdown({ organisationId, period, total, catalog }: { organisationId: string; period: Period; total: CatalogIndicator; catalog: CatalogIndicator[] }): Promise<{ total: number | null; parts: BreakdownPart[] }> {
  const parts = catalog.filter((i) => i.parent === total.code);
  const values = await computePeriodValues({ organisationId, periods: [{ period, months: periodMonths(period) }], indicators: [total, ...parts], catalog: new Map(catalog.map((i) => [i.code, i])) });
  return { total: values[0].value, parts: values.slice(1).map((v) => ({ indicator: v.indicator, value: v.value })) };
}

