import "server-only";
import { findIndicators } from "@/lib/catalog/data";
import { catalogOfPeriod } from "@/lib/catalog/dated";
import { db } from "@/lib/db/client";
import { periodMonths, previousPeriod, samePeriodLastYear, type Period } from "@/lib/periods/period";
import { computePeriodValues } from "@/lib/values/queries";
import type { Figure } from "./compose";

/**
 * The figure of every indicator reported in the period (no district figures after 2025-06), with the
 * previous period, last year's and the target.
 */
export async function findReportFigures({
  organisationId,
  period,
}: {
  organisationId: string;
  period: Period;
}): Promise<Map<string, Figure>> {
  const catalog = catalogOfPeriod(await findIndicators(), period);
  const periods = [period, previousPeriod(period), samePeriodLastYear(period)].map((p) => ({
    period: p,
    months: periodMonths(p),
  }));
  const values = await computePeriodValues({
    organisationId,
    periods,
    indicators: catalog,
    catalog: new Map(catalog.map((i) => [i.code, i])),
  });
  const n = catalog.length;
  return new Map(
    catalog.map((indicator, i) => [
      indicator.code,
      {
        value: values[i].exact,
        estimate: values[i].estimate,
        previous: values[n + i].exact,
        lastYear: values[2 * n + i].exact,
        targetPct: values[i].targetPct,
      },
    ]),
  );
}

export async function findPeriodActivities({ organisationId, period }: { organisationId: string; period: Period }) {
  return db().activity.findMany({
    where: { organisationId, yearMonth: { in: periodMonths(period) } },
    orderBy: [{ yearMonth: "asc" }, { createdAt: "asc" }],
    select: { id: true, fieldCode: true, kind: true, text: true },
  });
}
