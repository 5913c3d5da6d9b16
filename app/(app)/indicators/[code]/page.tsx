import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { WidgetBoundary } from "@/components/dashboard/widget-boundary";
import { chartText, trendChartPoints } from "@/components/charts/chart-text";
import { TrendChart } from "@/components/charts/lazy-charts";
import { ChoiceLinks } from "@/components/dashboard/choice-links";
import { ClassificationNotice } from "@/components/dashboard/classification-notice";
import { PrintButton } from "@/components/dashboard/print-button";
import { requireReadableOrganisation, requireUser } from "@/lib/auth/session";
import { changesOf } from "@/lib/catalog/classification";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { namedAt } from "@/lib/catalog/dated";
import { getLatestDataMonth, getTrend } from "@/lib/dashboard/data";
import { chartTypes, dashboardQuery, grains, parseDashboardState, ranges } from "@/lib/dashboard/url-state";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { getI18n } from "@/lib/i18n/server";
import { readableFileName } from "@/lib/format/file-name";
import { periodLabel } from "@/lib/periods/labels";
import { parsePeriod, periodMonths, periodRange, splitYearMonth } from "@/lib/periods/period";
import { IndicatorTables } from "./indicator-tables";
import { localName, localUnit } from "@/lib/i18n/local-name";

export const dynamic = "force-dynamic";

/** The indicator's name. */
export async function generateMetadata({ params }: { params: Promise<{ code: string }> }) {
  const [{ code }, { locale }, catalog] = await Promise.all([params, getI18n(), findIndicators()]);
  const indicator = catalog.find((i) => i.code === code);
  if (!indicator) notFound();
  return { title: localName(indicator, locale) };
}

export default async function IndicatorPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const t = getDictionary(user.locale);
  const { code } = await params;
  const [wholeCatalog, fields] = await Promise.all([findIndicators(), findFields()]);
  if (!wholeCatalog.some((i) => i.code === code)) notFound();
  const state = parseDashboardState(await searchParams, []);
  const { id: organisationId } = await requireReadableOrganisation(user, state.org);
  const latest = splitYearMonth((await getLatestDataMonth({ organisationId })) ?? 202301);
  const period = state.period ?? { kind: "month" as const, year: latest.year, index: latest.month };
  const current = { ...state, period };
  const end = periodRange(period)[1];
  // Names as of the period shown: an indicator renamed with the 2025 reform shows its name of the time.
  const catalog = namedAt(wholeCatalog, end);
  const indicator = catalog.find((i) => i.code === code)!;
  const points = await getTrend({ organisationId, indicator, end, range: state.range, grain: state.grain });
  const changes = changesOf(catalog, code);
  // A point whose months hold the first month of a new classification is where the chart marks it.
  const breaks = points
    .filter((p) => changes.some((c) => periodMonths(parsePeriod(p.period)!).includes(c.month)))
    .map((p) => p.period);
  const field = fields.find((f) => f.code === indicator.field);
  const name = (c: string | null) => {
    const found = catalog.find((i) => i.code === c);
    return found ? localName(found, user.locale) : c;
  };
  const parts = catalog.filter((i) => i.parent === code);
  const here = `/indicators/${code}`;
  const link = (c: string) => (
    <Link className="text-brand-700 underline" href={`/indicators/${c}${dashboardQuery(current)}`}>
      {name(c)}
    </Link>
  );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-500">
            <Link href={`/${dashboardQuery(current, { field: indicator.field })}`} className="underline">
              {t.overview.title}
            </Link>{" "}
            · {field ? localName(field, user.locale) : ""}
          </p>
          <h1 className="text-2xl font-semibold">{localName(indicator, user.locale)}</h1>
          <p className="text-slate-600 first-letter:uppercase">
            {periodLabel(period, user.locale)} · {localUnit(indicator, user.locale)}
          </p>
        </div>
        <PrintButton label={t.dashboard.print} />
      </div>
      <dl className="grid gap-2 text-sm sm:grid-cols-3" data-testid="indicator-relations">
        {indicator.numerator && (
          <div>
            <dt className="text-slate-500">{t.dashboard.formula}</dt>
            <dd>
              {link(indicator.numerator)} / {link(indicator.denominator!)} × 100
            </dd>
          </div>
        )}
        {indicator.parent && (
          <div>
            <dt className="text-slate-500">{t.dashboard.partOf}</dt>
            <dd>{link(indicator.parent)}</dd>
          </div>
        )}
        {parts.length > 0 && (
          <div>
            <dt className="text-slate-500">{t.dashboard.parts}</dt>
            <dd className="flex flex-col">
              {parts.map((p) => (
                <span key={p.code}>{link(p.code)}</span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      <ClassificationNotice
        changes={changes}
        locale={user.locale}
        text={t.dashboard}
        href={(c) => `/indicators/${c}${dashboardQuery(current)}`}
      />
      <div className="no-print flex flex-wrap gap-4">
        <ChoiceLinks
          label={t.dashboard.grain}
          options={grains.map((g) => ({
            href: `${here}${dashboardQuery(current, { grain: g })}`,
            label: t.dashboard.grains[g],
            active: state.grain === g,
          }))}
        />
        <ChoiceLinks
          label={t.dashboard.chartType}
          options={chartTypes.map((c) => ({
            href: `${here}${dashboardQuery(current, { chart: c })}`,
            label: t.dashboard.chartTypes[c],
            active: state.chart === c,
          }))}
        />
        <ChoiceLinks
          label={t.dashboard.range}
          options={ranges.map((r) => ({
            href: `${here}${dashboardQuery(current, { range: r })}`,
            label: fill(t.dashboard.months, { n: r }),
            active: state.range === r,
          }))}
        />
      </div>
      <TrendChart
        title={`${t.dashboard.trend}: ${localName(indicator, user.locale)}`}
        description={`${fill(t.dashboard.trendDescription, { range: state.range })} · ${t.dashboard.grains[state.grain]}`}
        unit={localUnit(indicator, user.locale)}
        decimals={indicator.decimals}
        level={indicator.kind !== "flow"}
        points={trendChartPoints(points, state.grain, { ...t.dashboard, monthNames: t.pickers.monthNames })}
        breaks={breaks}
        chart={state.chart}
        locale={user.locale}
        fileName={readableFileName([
          localName(indicator, user.locale),
          t.dashboard.grains[state.grain],
          periodLabel(period, user.locale),
        ])}
        text={chartText(t.dashboard)}
      />
      <WidgetBoundary message={t.dashboard.widgetFailed} retry={t.errors.retry}>
        <Suspense fallback={<div className="h-64 animate-pulse rounded-lg bg-slate-200" />}>
          <IndicatorTables
            user={user}
            organisationId={organisationId}
            indicator={indicator}
            end={end}
            range={state.range}
          />
        </Suspense>
      </WidgetBoundary>
    </div>
  );
}
