import { pickerYears } from "@/lib/periods/choices";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { ChoiceLinks } from "@/components/dashboard/choice-links";
import { TilesSkeleton } from "@/components/dashboard/kpi-tile";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { PrintButton } from "@/components/dashboard/print-button";
import { WidgetBoundary } from "@/components/dashboard/widget-boundary";
import { requireReadableOrganisation, requireUser } from "@/lib/auth/session";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { catalogOfPeriod } from "@/lib/catalog/dated";
import { getLatestDataMonth, getTiles } from "@/lib/dashboard/data";
import { findReadableOrganisations } from "@/lib/org/data";
import { chartTypes, dashboardQuery, grains, parseDashboardState, ranges } from "@/lib/dashboard/url-state";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { periodLabel } from "@/lib/periods/labels";
import { monthOf, splitYearMonth } from "@/lib/periods/period";
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
  const fields = await findFields();
  const state = parseDashboardState(
    await searchParams,
    fields.map((f) => f.code),
  );
  const organisation = await requireReadableOrganisation(user, state.org);
  const organisationId = organisation.id;
  const [wholeCatalog, latest, readable] = await Promise.all([
    findIndicators(),
    getLatestDataMonth({ organisationId }),
    findReadableOrganisations({ actor: user }),
  ]);
  const fallback = splitYearMonth(latest ?? monthOf(new Date()));
  const period = state.period ?? { kind: "month" as const, year: fallback.year, index: fallback.month };
  // The period's indicators under their names of the time (no district figures after 2025-06).
  const catalog = catalogOfPeriod(wholeCatalog, period);
  const current = { ...state, period };
  const shown = state.field ? fields.filter((f) => f.code === state.field) : fields;
  const thisYear = Math.max(fallback.year, new Date().getUTCFullYear());
  const years = pickerYears(thisYear);
  const title = periodLabel(period, user.locale);
  const dashboardText = { ...t.dashboard, monthNames: t.pickers.monthNames };
  // Not awaited: each field's widget streams once the shared answer is there.
  const allTiles = getTiles({ organisationId, period, fields: shown.map((f) => f.code) });
  allTiles.catch(() => {}); // each widget's boundary shows its failure; none is left unhandled

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
            href: `/${dashboardQuery(current, { org: o.code === user.organisationCode ? null : o.code })}`,
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
              href: `/${dashboardQuery(current, { field: null })}`,
              label: t.dashboard.allFields,
              active: !state.field,
            },
            ...fields.map((f) => ({
              href: `/${dashboardQuery(current, { field: f.code })}`,
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
              href: `/${dashboardQuery(current, { grain: g })}`,
              label: t.dashboard.grains[g],
              active: state.grain === g,
            }))}
          />
          <ChoiceLinks
            label={t.dashboard.chartType}
            options={chartTypes.map((c) => ({
              href: `/${dashboardQuery(current, { chart: c })}`,
              label: t.dashboard.chartTypes[c],
              active: state.chart === c,
            }))}
          />
          <ChoiceLinks
            label={t.dashboard.range}
            options={ranges.map((r) => ({
              href: `/${dashboardQuery(current, { range: r })}`,
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
              allTiles={allTiles}
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
              state={current}
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
