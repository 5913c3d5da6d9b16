import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import type { PeriodMonths } from "@/lib/dashboard/comparison";
import { percentOfTarget } from "@/lib/dashboard/deltas";
import { findIndicators } from "@/lib/catalog/data";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { AppError } from "@/lib/errors";
import { getReadableOrganisation } from "@/lib/org/data";
import {
  formatPeriodCode,
  parsePeriod,
  periodMonths,
  periodRange,
  periodsBetween,
  ytdMonths,
  type Period,
  type PeriodKind,
} from "@/lib/periods/period";
import { findTargets } from "@/lib/targets/data";
import { computeValues, type MonthSet } from "./aggregate-data";
import { keptFigures } from "./figures-cache";

// What the API's aggregate and series endpoints and the dashboards ask: one implementation.

export interface PeriodValue {
  indicator: string;
  period: string;
  value: number | null;
  /** The value as an exact decimal string, for documents (not part of the API's answer). */
  exact: string | null;
  estimate: boolean;
  /** Every month is there, or the value is a reported figure of the whole period. */
  complete: boolean;
  /** `months`, or `reported` when reported period figures stand in for missing months. */
  source: "months" | "reported";
  /** The latest month with a figure in the period (not part of the API's answer). */
  lastMonth: number | null;
  target: number | null;
  targetPct: number | null;
  /** The latest month of the year to date that targetPct measures (not part of the API's answer). */
  targetThrough: number | null;
}

async function catalogOf(codes: string[]): Promise<{
  whole: CatalogIndicator[];
  catalog: Map<string, CatalogIndicator>;
  indicators: CatalogIndicator[];
}> {
  const whole = await findIndicators();
  const catalog = new Map(whole.map((i) => [i.code, i]));
  const unknown = codes.filter((c) => !catalog.has(c));
  if (unknown.length)
    throw new AppError(
      "invalid",
      unknown.map((c) => ({ indicator: c, code: "unknown_indicator" })),
    );
  return { whole, catalog, indicators: codes.map((c) => catalog.get(c)!) };
}

/** A period code of a request, or 400. */
export function parsePeriodCode(code: string): Period {
  const period = parsePeriod(code);
  if (!period) throw new AppError("malformed", [{ path: "period", message: code }]);
  return period;
}

/** A period to compute by its months; `target: false` when its year's target is not wanted (it saves the year to date). */
export interface PeriodToCompute extends PeriodMonths {
  target?: boolean;
}

/**
 * Values of indicators over any periods, each with its year's target and the % reached. A year's
 * target is measured by the figure from January to the period's end (lũy kế): flows summed, ratios
 * recomputed over those months, levels as they stand.
 */
export async function computePeriodValues({
  organisationId,
  periods,
  indicators,
  catalog,
}: {
  organisationId: string;
  periods: PeriodToCompute[];
  indicators: CatalogIndicator[];
  catalog: Map<string, CatalogIndicator>;
}): Promise<PeriodValue[]> {
  const sets: MonthSet[] = periods.flatMap(({ period, months, target }, i) => [
    { key: `p${i}`, months },
    ...(target === false ? [] : [{ key: `y${i}`, months: ytdMonths(period) }]),
  ]);
  const years = [...new Set(periods.filter((p) => p.target !== false).map((p) => p.period.year))];
  const [values, targets] = await Promise.all([
    computeValues({ organisationId, indicators, sets, catalog }),
    years.length
      ? findTargets({ organisationId, years, codes: indicators.map((i) => i.code) })
      : new Map<string, number>(),
  ]);
  const byKey = new Map(values.map((v) => [`${v.key}:${v.indicator}`, v]));
  return periods.flatMap(({ period }, i) =>
    indicators.map((indicator) => {
      const v = byKey.get(`p${i}:${indicator.code}`)!;
      const ytd = byKey.get(`y${i}:${indicator.code}`);
      const target = ytd ? targets.get(`${period.year}:${indicator.code}`) : undefined;
      return {
        indicator: indicator.code,
        period: formatPeriodCode(period),
        value: v.value,
        exact: v.exact,
        estimate: v.estimate,
        complete: v.complete,
        source: v.source,
        lastMonth: v.lastMonth,
        target: target ?? null,
        targetPct: ytd ? percentOfTarget(ytd.value, target) : null,
        targetThrough: ytd ? ytd.lastMonth : null,
      };
    }),
  );
}

type ApiPeriodValue = Omit<PeriodValue, "exact" | "lastMonth" | "targetThrough">;

function apiValue({
  exact: _exact,
  lastMonth: _lastMonth,
  targetThrough: _targetThrough,
  ...item
}: PeriodValue): ApiPeriodValue {
  return item;
}

export async function getAggregate({
  actor,
  org,
  period,
  indicatorCodes,
}: {
  actor: SessionUser;
  org: string;
  period: string;
  indicatorCodes: string[];
}): Promise<ApiPeriodValue[]> {
  const organisation = await getReadableOrganisation({ actor, code: org });
  const parsed = parsePeriodCode(period);
  const { whole, catalog, indicators } = await catalogOf(indicatorCodes);
  const key = `aggregate ${formatPeriodCode(parsed)} ${indicatorCodes.join(",")}`;
  return keptFigures({ organisationId: organisation.id, catalog: whole, key, reader: actor }, async () => {
    const values = await computePeriodValues({
      organisationId: organisation.id,
      periods: [{ period: parsed, months: periodMonths(parsed) }],
      indicators,
      catalog,
    });
    return values.map(apiValue);
  });
}

export type Grain = PeriodKind | "ytd";

/** A time series between two periods' months, by grain; `ytd` is month by month from each January. */
export async function getSeries({
  actor,
  org,
  indicator,
  from,
  to,
  grain,
}: {
  actor: SessionUser;
  org: string;
  indicator: string;
  from: string;
  to: string;
  grain: Grain;
}) {
  const organisation = await getReadableOrganisation({ actor, code: org });
  const start = periodRange(parsePeriodCode(from))[0];
  const end = periodRange(parsePeriodCode(to))[1];
  if (start > end) throw new AppError("invalid", [{ path: "from", message: "from > to" }]);
  const { whole, catalog, indicators } = await catalogOf([indicator]);
  const periods =
    grain === "ytd"
      ? periodsBetween(start, end, "month").map((p) => ({ period: p, months: ytdMonths(p) }))
      : periodsBetween(start, end, grain).map((p) => ({ period: p, months: periodMonths(p) }));
  if (periods.length > 600) throw new AppError("invalid", [{ path: "to", message: "range too long" }]);
  const key = `series ${indicator} ${start} ${end} ${grain}`;
  return keptFigures({ organisationId: organisation.id, catalog: whole, key, reader: actor }, async () => {
    const values = await computePeriodValues({ organisationId: organisation.id, periods, indicators, catalog });
    return values.map((v) => {
      const { indicator: _indicator, ...item } = apiValue(v);
      return item;
    });
  });
}
