import "server-only";
import { findIndicators } from "@/lib/catalog/data";
import { catalogOfPeriod } from "@/lib/catalog/dated";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import {
  addMonths,
  formatPeriodCode,
  hasOwnPreviousPeriod,
  monthsBetween,
  monthPeriod,
  periodMonths,
  periodRange,
  periodsBetween,
  samePeriodLastYear,
  ytdMonths,
  type Period,
} from "@/lib/periods/period";
import { keptFigures } from "@/lib/values/figures-cache";
import { computePeriodValues, type PeriodValue } from "@/lib/values/queries";
import { comparisonBases, isCumulative, monthsSoFar } from "./comparison";

// What the dashboards show, computed by the same period engine as the API over the whole catalog,
// and kept until the organisation's figures or the catalog change (keptFigures).

/** The catalog and what was computed from it with the organisation's figures, unless they changed since. */
async function kept<T>(organisationId: string, key: string, compute: (catalog: CatalogIndicator[]) => Promise<T>) {
  const catalog = await findIndicators();
  return keptFigures({ organisationId, catalog, key }, () => compute(catalog));
}

export async function getLatestDataMonth({ organisationId }: { organisationId: string }): Promise<number | null> {
  return kept(organisationId, "latest", async () => {
    const row = await db().monthValue.aggregate({ where: { organisationId }, _max: { yearMonth: true } });
    return row._max.yearMonth;
  });
}

export interface Tile {
  indicator: CatalogIndicator;
  period: Period;
  current: PeriodValue;
  /** Months of the period with figures so far while it is in progress; null when it has them all. The comparisons take as many. */
  soFar: number | null;
  previous: number | null;
  /** False where the previous period is the same period last year (nine months, a year). */
  showsPrevious: boolean;
  lastYear: number | null;
  /** Flows and ratios of flows measure the target by their sum since January, levels as they stand. */
  cumulative: boolean;
  spark: { period: string; value: number | null }[];
}

/** A field's key indicators in the catalog of a period (catalogOfPeriod), else its first four totals. */
export function keyIndicators(periodCatalog: CatalogIndicator[], field: string): CatalogIndicator[] {
  const active = periodCatalog.filter((i) => i.field === field);
  const keys = active.filter((i) => i.isKey);
  return keys.length ? keys : active.filter((i) => !i.parent).slice(0, 4);
}

/**
 * Tiles of the fields' key indicators, field by field: the period and 12 months of sparkline, then
 * the previous period and last year's over the months the period has so far (a second query, since
 * they depend on the first's answer). Every field at once: the overview asks two queries, not two per field.
 */
export async function getTiles({
  organisationId,
  period,
  fields,
}: {
  organisationId: string;
  period: Period;
  fields: string[];
}): Promise<Tile[]> {
  return kept(organisationId, `tiles ${formatPeriodCode(period)} ${fields.join(",")}`, (catalog) =>
    computeTiles({ organisationId, period, fields, catalog }),
  );
}

async function computeTiles({
  organisationId,
  period,
  fields,
  catalog,
}: {
  organisationId: string;
  period: Period;
  fields: string[];
  catalog: CatalogIndicator[];
}): Promise<Tile[]> {
  const periodCatalog = catalogOfPeriod(catalog, period);
  const indicators = fields.flatMap((field) => keyIndicators(periodCatalog, field));
  if (!indicators.length) return [];
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  const end = periodRange(period)[1];
  const spark = monthsBetween(addMonths(end, -11), end).map((ym) => ({
    period: monthPeriod(ym),
    months: [ym],
    target: false,
  }));
  const values = await computePeriodValues({
    organisationId,
    periods: [{ period, months: periodMonths(period) }, ...spark],
    indicators,
    catalog: byCode,
  });
  const n = indicators.length;
  const soFar = indicators.map((_, i) => monthsSoFar(periodMonths(period), values[i].lastMonth));
  const counts = [...new Set(soFar)];
  const periods = counts.flatMap((count) =>
    Object.values(comparisonBases(period, count)).map((base) => ({ ...base, target: false })),
  );
  const bases = await computePeriodValues({ organisationId, periods, indicators, catalog: byCode });
  return indicators.map((indicator, i) => {
    const base = 2 * counts.indexOf(soFar[i]) * n + i;
    return {
      indicator,
      period,
      current: values[i],
      soFar: soFar[i],
      previous: bases[base].value,
      showsPrevious: hasOwnPreviousPeriod(period.kind),
      lastYear: bases[base + n].value,
      cumulative: isCumulative(indicator, byCode),
      spark: spark.map((_, s) => ({ period: values[(1 + s) * n + i].period, value: values[(1 + s) * n + i].value })),
    };
  });
}

export type TrendGrain = "month" | "quarter" | "ytd";

export interface TrendPoint {
  period: string;
  value: number | null;
  /** The same months a year earlier: as many as the point has so far. */
  lastYear: number | null;
  /** Months with figures so far of a point still in progress (a quarter begun, a year to date past the last figure). */
  soFar: number | null;
  estimate: boolean;
  target: number | null;
}

/** The last `range` months up to `end`, by grain, with the same months a year earlier beside them. */
export async function getTrend(query: {
  organisationId: string;
  indicator: CatalogIndicator;
  end: number;
  range: number;
  grain: TrendGrain;
}): Promise<TrendPoint[]> {
  const { organisationId, indicator, end, range, grain } = query;
  return kept(organisationId, `trend ${indicator.code} ${end} ${range} ${grain}`, (catalog) =>
    computeTrend({ ...query, catalog }),
  );
}

async function computeTrend({
  organisationId,
  indicator,
  end,
  range,
  grain,
  catalog,
}: {
  organisationId: string;
  indicator: CatalogIndicator;
  end: number;
  range: number;
  grain: TrendGrain;
  catalog: CatalogIndicator[];
}): Promise<TrendPoint[]> {
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  const start = addMonths(end, -(range - 1));
  const periods: { period: Period; months: number[] }[] =
    grain === "quarter"
      ? periodsBetween(start, end, "quarter").map((p) => ({ period: p, months: periodMonths(p) }))
      : periodsBetween(start, end, "month").map((p) => ({
          period: p,
          months: grain === "ytd" ? ytdMonths(p) : periodMonths(p),
        }));
  const values = await computePeriodValues({ organisationId, periods, indicators: [indicator], catalog: byCode });
  const soFar = periods.map(({ months }, i) => monthsSoFar(months, values[i].lastMonth));
  const earlier = periods.map(({ period, months }, i) => ({
    period: samePeriodLastYear(period),
    months: months.slice(0, soFar[i] ?? months.length).map((m) => addMonths(m, -12)),
    target: false,
  }));
  const lastYear = await computePeriodValues({
    organisationId,
    periods: earlier,
    indicators: [indicator],
    catalog: byCode,
  });
  const flowTarget = indicator.kind === "flow" && grain !== "ytd";
  return periods.map((_, i) => ({
    period: values[i].period,
    value: values[i].value,
    lastYear: lastYear[i].value,
    soFar: soFar[i],
    estimate: values[i].estimate,
    // A yearly flow target compares with year-to-date sums, not with a single month.
    target: flowTarget ? null : values[i].target,
  }));
}

export interface BreakdownPart {
  indicator: string;
  value: number | null;
}

/** The parts of a total reported in the period, with their values (and the total's). */
export async function getBreakdown(query: {
  organisationId: string;
  period: Period;
  total: CatalogIndicator;
}): Promise<{ total: number | null; parts: BreakdownPart[] }> {
  const { organisationId, period, total } = query;
  return kept(organisationId, `breakdown ${total.code} ${formatPeriodCode(period)}`, (catalog) =>
    computeBreakdown({ ...query, catalog }),
  );
}

async function computeBreakdown({
  organisationId,
  period,
  total,
  catalog,
}: {
  organisationId: string;
  period: Period;
  total: CatalogIndicator;
  catalog: CatalogIndicator[];
}): Promise<{ total: number | null; parts: BreakdownPart[] }> {
  const parts = catalogOfPeriod(catalog, period).filter((i) => i.parent === total.code);
  const values = await computePeriodValues({
    organisationId,
    periods: [{ period, months: periodMonths(period) }],
    indicators: [total, ...parts],
    catalog: new Map(catalog.map((i) => [i.code, i])),
  });
  return { total: values[0].value, parts: values.slice(1).map((v) => ({ indicator: v.indicator, value: v.value })) };
}
