import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { WidgetBoundary } from "@/components/dashboard/widget-boundary";
import { chartText, trendChartPoints } from "@/components/charts/chart-text";
import { TrendChart } from "@/components/charts/lazy-charts";
import { ChoiceLinks } from "@/components/dashboard/choice-links";
import { ClassificationNotice } from "@/components/dashboard/classification-notice";
import { PrintButton } from "@/components/dashboard/print-button";
import { requireUser } from "@/lib/auth/session";
import { findIndicators } from "@/lib/catalog/data";
import { getIndicatorView } from "@/lib/dashboard/indicator";
import { chartTypes, dashboardQuery, grains, ranges } from "@/lib/dashboard/url-state";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { getI18n } from "@/lib/i18n/server";
import { readableFileName } from "@/lib/format/file-name";
import { periodLabel } from "@/lib/periods/labels";
import { IndicatorTables } from "./indicator-tables";
import { localName, localUnit, nameOfCode } from "@/lib/i18n/local-name";

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
  const view = await getIndicatorView(user, code, await searchParams);
  if (!view) notFound();
  const { state, organisationId, catalog, indicator, field, parts, end, points, changes, breaks } = view;
  const { period } = state;
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  const name = (c: string) => nameOfCode(byCode, c, user.locale);
  const here = `/indicators/${code}`;
  const link = (c: string) => (
    <Link className="text-brand-700 underline" href={`/indicators/${c}${dashboardQuery(state)}`}>
      {name(c)}
    </Link>
  );

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-500">
            <Link href={`/${dashboardQuery(state, { field: indicator.field })}`} className="underline">
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
        href={(c) => `/indicators/${c}${dashboardQuery(state)}`}
      />
      <div className="no-print flex flex-wrap gap-4">
        <ChoiceLinks
          label={t.dashboard.grain}
          options={grains.map((g) => ({
            href: `${here}${dashboardQuery(state, { grain: g })}`,
            label: t.dashboard.grains[g],
            active: state.grain === g,
          }))}
        />
        <ChoiceLinks
          label={t.dashboard.chartType}
          options={chartTypes.map((c) => ({
            href: `${here}${dashboardQuery(state, { chart: c })}`,
            label: t.dashboard.chartTypes[c],
            active: state.chart === c,
          }))}
        />
        <ChoiceLinks
          label={t.dashboard.range}
          options={ranges.map((r) => ({
            href: `${here}${dashboardQuery(state, { range: r })}`,
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
