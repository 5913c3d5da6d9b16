import "server-only";
import { dashboardOrganisationIds, type Actor } from "@/lib/auth/roles";
import { findIndicators } from "@/lib/catalog/data";
import { namesAt } from "@/lib/catalog/dated";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import { getProfileAt } from "@/lib/org/data";
import { pickerYears } from "@/lib/periods/choices";
import { parsePeriod, periodMonths, periodRange, type Period } from "@/lib/periods/period";
import { computePeriodValues } from "@/lib/values/queries";
import { monthsSoFar } from "./comparison";

export interface ComparisonRow {
  code: string;
  name: string;
  value: number | null;
  estimate: boolean;
  perCapita: number | null;
}

/**
 * One indicator across the organisations a user may read, ranked (best first by the indicator's
 * sense); `soFar`: how many of a period's months have figures while it is in progress, as the
 * overview's tiles count them (null when complete).
 */
export async function compareOrganisations({
  actor,
  indicator,
  period,
  catalog,
}: {
  actor: Actor;
  indicator: CatalogIndicator;
  period: Period;
  catalog: CatalogIndicator[];
}): Promise<{ rows: ComparisonRow[]; density: CatalogIndicator | null; soFar: number | null }> {
  const ids = dashboardOrganisationIds(actor);
  const organisations = await db().organisation.findMany({
    where: { id: { in: ids } },
    select: { id: true, code: true },
  });
  const density = catalog.find((i) => i.kind === "density" && i.numerator === indicator.code) ?? null;
  const indicators = density ? [indicator, density] : [indicator];
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  const date = new Date(Date.UTC(period.year, (periodRange(period)[1] % 100) - 1, 28));
  const rows = await Promise.all(
    organisations.map(async (organisation) => {
      const [values, profile] = await Promise.all([
        computePeriodValues({
          organisationId: organisation.id,
          periods: [{ period, months: periodMonths(period) }],
          indicators,
          catalog: byCode,
        }),
        getProfileAt({ organisationId: organisation.id, date }),
      ]);
      return {
        code: organisation.code,
        name: profile ? `${profile.name} · ${profile.place}` : organisation.code,
        value: values[0].value,
        estimate: values[0].estimate,
        perCapita: density ? values[1].value : null,
        lastMonth: values[0].lastMonth,
      };
    }),
  );
  // In progress up to the latest month any organisation has a figure of.
  const latest = Math.max(0, ...rows.map((r) => r.lastMonth ?? 0));
  const soFar = monthsSoFar(periodMonths(period), latest || null);
  const sign = indicator.higherIsBetter ? -1 : 1;
  rows.sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : sign * (a.value - b.value)));
  return { rows: rows.map(({ lastMonth: _lastMonth, ...row }) => row), density, soFar };
}

/**
 * The comparison page's data, from its query: the indicator (the online dossiers' rate unless one
 * is asked) under its name of the period, the period (last year unless one is asked), the ranking.
 */
export async function getComparison(actor: Actor, query: { indicator?: string; period?: string }, today = new Date()) {
  const catalog = await findIndicators();
  const indicator =
    catalog.find((i) => i.code === query.indicator) ?? catalog.find((i) => i.code === "ps.dossiers_online_rate")!;
  const period = parsePeriod(query.period ?? "") ?? {
    kind: "year" as const,
    year: today.getUTCFullYear() - 1,
    index: 1,
  };
  const comparison = await compareOrganisations({ actor, indicator, period, catalog });
  return {
    ...comparison,
    catalog,
    indicator,
    named: namesAt(indicator, periodRange(period)[1]),
    period,
    years: pickerYears(today.getUTCFullYear()),
  };
}
