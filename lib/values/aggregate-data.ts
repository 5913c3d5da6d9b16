import "server-only";
import { activeMonths } from "@/lib/catalog/dated";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import { resolveAggregate, storedInputs, type AggregateValue, type MonthFacts } from "@/lib/periods/aggregate";

/** A period to compute, given by its months (a quarter, a year to date, …). */
export interface MonthSet {
  key: string;
  months: number[];
}

/**
 * Sums, last values, counts and estimate flags of stored indicators over several month sets, in one
 * SQL query. The rules that turn them into a period's value live in lib/periods/aggregate.ts.
 */
export async function findMonthFacts({ organisationId, sets, codes }: { organisationId: string; sets: MonthSet[]; codes: string[] }): Promise<Map<string, Map<string, MonthFacts>>> {
  const setIndex = sets.flatMap((s, i) => s.months.map(() => i));
  const setMonths = sets.flatMap((s) => s.months);
  const rows = await db().$queryRaw<{ idx: number; code: string; sum: string; n: number; estimate: boolean; last: string; lastMonth: number }[]>`
    WITH wanted(idx, ym) AS (SELECT * FROM unnest(${setIndex}::int[], ${setMonths}::int[]))
    SELECT w.idx, v."indicatorCode" AS code, sum(v."value")::text AS sum, count(*)::int AS n, bool_or(v."estimate") AS estimate,
           (array_agg(v."value"::text ORDER BY v."yearMonth" DESC))[1] AS last, max(v."yearMonth") AS "lastMonth"
    FROM wanted w
    JOIN "MonthValue" v ON v."yearMonth" = w.ym AND v."organisationId" = ${organisationId} AND v."indicatorCode" = ANY(${codes}::text[])
    GROUP BY w.idx, v."indicatorCode"`;
  const result = new Map(sets.map((s) => [s.key, new Map<string, MonthFacts>()]));
  for (const r of rows) {
    result.get(sets[r.idx].key)!.set(r.code, { sum: r.sum, last: r.last, lastMonth: r.lastMonth, monthsPresent: r.n, anyEstimate: r.estimate });
  }
  return result;
}

export interface ComputedValue extends AggregateValue {
  indicator: string;
  key: string;
}

/** Every indicator over every month set, each by its kind; complete when every month it is reported in has a figure. */
export async function computeValues({
  organisationId,
  indicators,
  sets,
  catalog,
}: {
  organisationId: string;
  indicators: CatalogIndicator[];
  sets: MonthSet[];
  catalog: Map<string, CatalogIndicator>;
}): Promise<ComputedValue[]> {
  const codes = [...new Set(indicators.flatMap((i) => storedInputs(i)))];
  const facts = await findMonthFacts({ organisationId, sets, codes });
  return sets.flatMap((set) => indicators.map((indicator) => ({ indicator: indicator.code, key: set.key, ...resolveAggregate(indicator, facts.get(set.key)!, activeMonths(indicator, set.months).length, catalog) })));
}
