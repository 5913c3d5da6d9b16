import "server-only";
import { activeMonths } from "@/lib/catalog/dated";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import { resolveAggregate, storedInputs, type AggregateValue, type MonthFacts } from "@/lib/periods/aggregate";
import { chooseFacts, spanOf, type ReportedFigure } from "@/lib/periods/reported";

/** A period to compute, given by its months (a quarter, a year to date, …). */
export interface MonthSet {
  key: string;
  months: number[];
}

export interface PeriodFacts {
  /** Per set key, per stored indicator: the facts of its months. */
  months: Map<string, Map<string, MonthFacts>>;
  /** Per stored indicator: the reported period figures within the sets' spans. */
  reported: Map<string, ReportedFigure[]>;
}

/**
 * Sums, last values, counts and estimate flags of stored indicators over several month sets, and
 * the reported period figures that lie within them, in one SQL statement. The rules that turn them
 * into a period's value live in lib/periods/aggregate.ts and lib/periods/reported.ts.
 */
export async function findPeriodFacts({
  organisationId,
  sets,
  codes,
}: {
  organisationId: string;
  sets: MonthSet[];
  codes: string[];
}): Promise<PeriodFacts> {
  const setIndex = sets.flatMap((s, i) => s.months.map(() => i));
  const setMonths = sets.flatMap((s) => s.months);
  // Reported figures matter only to sets of several months in a row; none are read without one.
  const spans = sets.flatMap((s) => spanOf(s.months) ?? []);
  const [from, to] = spans.length
    ? [Math.min(...spans.map((s) => s.first)), Math.max(...spans.map((s) => s.last))]
    : [1, 0];
  // The second branch's rows are reported figures: idx is null, n carries the figure's first month.
  const rows = await db().$queryRaw<
    {
      idx: number | null;
      code: string;
      sum: string;
      n: number;
      estimate: boolean;
      last: string | null;
      lastMonth: number;
    }[]
  >`
    WITH wanted(idx, ym) AS (SELECT * FROM unnest(${setIndex}::int[], ${setMonths}::int[]))
    SELECT w.idx, v."indicatorCode" AS code, sum(v."value")::text AS sum, count(*)::int AS n, bool_or(v."estimate") AS estimate,
           (array_agg(v."value"::text ORDER BY v."yearMonth" DESC))[1] AS last, max(v."yearMonth") AS "lastMonth"
    FROM wanted w
    JOIN "MonthValue" v ON v."yearMonth" = w.ym AND v."organisationId" = ${organisationId} AND v."indicatorCode" = ANY(${codes}::text[])
    GROUP BY w.idx, v."indicatorCode"
    UNION ALL
    SELECT NULL, p."indicatorCode", p."value"::text, p."firstMonth", p."estimate", NULL, p."lastMonth"
    FROM "PeriodValue" p
    WHERE p."organisationId" = ${organisationId} AND p."indicatorCode" = ANY(${codes}::text[]) AND p."firstMonth" >= ${from}::int AND p."lastMonth" <= ${to}::int`;
  const months = new Map(sets.map((s) => [s.key, new Map<string, MonthFacts>()]));
  const reported = new Map<string, ReportedFigure[]>();
  for (const r of rows) {
    if (r.idx === null)
      reported.set(r.code, [
        ...(reported.get(r.code) ?? []),
        { indicator: r.code, first: r.n, last: r.lastMonth, value: r.sum, estimate: r.estimate },
      ]);
    else
      months
        .get(sets[r.idx].key)!
        .set(r.code, { sum: r.sum, last: r.last, lastMonth: r.lastMonth, monthsPresent: r.n, anyEstimate: r.estimate });
  }
  return { months, reported };
}

export interface ComputedValue extends AggregateValue {
  indicator: string;
  key: string;
}

/**
 * Every indicator over every month set, each by its kind; complete when every month it is reported
 * in has a figure. Where a stored indicator's months are not all there, reported period figures
 * that cover the set stand in for them (`source: "reported"`).
 */
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
  const facts = await findPeriodFacts({ organisationId, sets, codes });
  return sets.flatMap((set) => {
    const span = spanOf(set.months);
    const monthFacts = facts.months.get(set.key)!;
    const chosen = new Map(
      codes.map((code) => [
        code,
        chooseFacts(
          monthFacts.get(code),
          activeMonths(catalog.get(code) ?? { activeFrom: null, activeTo: null }, set.months).length,
          facts.reported.get(code) ?? [],
          span,
        ),
      ]),
    );
    const present = new Map([...chosen].filter((entry): entry is [string, MonthFacts] => entry[1] !== undefined));
    return indicators.map((indicator) => ({
      indicator: indicator.code,
      key: set.key,
      ...resolveAggregate(indicator, present, activeMonths(indicator, set.months).length, catalog),
    }));
  });
}
