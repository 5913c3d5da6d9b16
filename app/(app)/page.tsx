import { redirect } from "next/navigation";
import { Suspense } from "react";
import { ChoiceLinks } from "@/components/dashboard/choice-links";
import { TilesSkeleton } from "@/components/dashboard/kpi-tile";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { PrintButton } from "@/components/dashboard/print-button";
import { WidgetBoundary } from "@/components/dashboard/widget-boundary";
import { getOverview } from "@/lib/dashboard/overview";
import { chartTypes, dashboardQuery, grains, ranges } from "@/lib/dashboard/url-state";
import { requireUser } from "@/lib/auth/session";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { periodLabel } from "@/lib/periods/labels";
import { FieldCharts } from "./_overview/field-charts";
import { FieldTiles } from "./_overview/field-tiles";
import { pageTitle } from "@/lib/i18n/metadata";
import { localName } from "@/lib/i18n/local-name";

export const generateMetadata = pageTitle((t) => t.overview.title);

export const dynamic = "force-dynamic";

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  // A ministry reports nothing itself: its home is what the departments under it send.
  if (user.receivesSubmissions) redirect("/ministry");
  const t = getDictionary(user.locale);
  const { state, organisation, readable, fields, shown, catalog, years, tiles } = await getOverview(
    user,
    await searchParams,
  );
  const { period } = state;
  const organisationId = organisation.id;
  const title = periodLabel(period, user.locale);
  const dashboardText = { ...t.dashboard, monthNames: t.pickers.monthNames };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{t.overview.title}</h1>
          <p className="text-slate-600 first-letter:uppercase" data-testid="period-title">
            {title}
          </p>
        </div>
        <div className="no-print flex flex-wrap items-end gap-4">
          <PeriodPicker
            period={period}
            years={years}
            text={{
              kind: t.dashboard.kind,
              year: t.dashboard.year,
              index: t.dashboard.index,
              kinds: t.dashboard.kinds,
            }}
          />
          <PrintButton label={t.dashboard.print} />
        </div>
      </div>
      {readable.length > 1 && (
        <ChoiceLinks
          label={t.dashboard.organisation}
          options={readable.map((o) => ({
            href: `/${dashboardQuery(state, { org: o.code === user.organisationCode ? null : o.code })}`,
            label: o.name,
            active: o.code === organisation.code,
          }))}
        />
      )}
      <nav className="no-print flex flex-wrap gap-1" aria-label={t.entry.field}>
        <ChoiceLinks
          label={t.entry.field}
          options={[
            {
              href: `/${dashboardQuery(state, { field: null })}`,
              label: t.dashboard.allFields,
              active: !state.field,
            },
            ...fields.map((f) => ({
              href: `/${dashboardQuery(state, { field: f.code })}`,
              label: localName(f, user.locale),
              active: state.field === f.code,
            })),
          ]}
        />
      </nav>
      {state.field && (
        <div className="no-print flex flex-wrap gap-4">
          <ChoiceLinks
            label={t.dashboard.grain}
            options={grains.map((g) => ({
              href: `/${dashboardQuery(state, { grain: g })}`,
              label: t.dashboard.grains[g],
              active: state.grain === g,
            }))}
          />
          <ChoiceLinks
            label={t.dashboard.chartType}
            options={chartTypes.map((c) => ({
              href: `/${dashboardQuery(state, { chart: c })}`,
              label: t.dashboard.chartTypes[c],
              active: state.chart === c,
            }))}
          />
          <ChoiceLinks
            label={t.dashboard.range}
            options={ranges.map((r) => ({
              href: `/${dashboardQuery(state, { range: r })}`,
              label: fill(t.dashboard.months, { n: r }),
              active: state.range === r,
            }))}
          />
        </div>
      )}
      {shown.map((field) => (
        <WidgetBoundary
          key={field.code}
          message={`${localName(field, user.locale)}: ${t.dashboard.widgetFailed}`}
          retry={t.errors.retry}
        >
          <Suspense fallback={<TilesSkeleton />}>
            <FieldTiles
              allTiles={tiles}
              org={state.org}
              own={organisationId === user.organisationId}
              field={field}
              period={period}
              locale={user.locale}
              text={dashboardText}
            />
          </Suspense>
        </WidgetBoundary>
      ))}
      {state.field && (
        <WidgetBoundary message={t.dashboard.widgetFailed} retry={t.errors.retry}>
          <Suspense fallback={<div className="h-72 animate-pulse rounded-lg bg-slate-200" />}>
            <FieldCharts
              organisationId={organisationId}
              field={state.field}
              period={period}
              state={state}
              catalog={catalog}
              locale={user.locale}
              text={dashboardText}
            />
          </Suspense>
        </WidgetBoundary>
      )}
    </div>
  );
}
