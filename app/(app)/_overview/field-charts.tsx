import { BreakdownChart, TrendChart } from "@/components/charts/lazy-charts";
import { chartText, trendChartPoints } from "@/components/charts/chart-text";
import type { TileText } from "@/components/dashboard/kpi-tile";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { getBreakdown, getTrend, keyIndicators } from "@/lib/dashboard/data";
import type { DashboardState } from "@/lib/dashboard/url-state";
import { fill, type Locale } from "@/lib/i18n/dictionary";
import { readableFileName } from "@/lib/format/file-name";
import { periodLabel } from "@/lib/periods/labels";
import { periodRange, type Period } from "@/lib/periods/period";
import { localName, localUnit } from "@/lib/i18n/local-name";

interface Props {
  organisationId: string;
  field: string;
  period: Period;
  state: DashboardState;
  catalog: CatalogIndicator[];
  locale: Locale;
  text: TileText;
}

/** For one field: the trends of its key indicators and the breakdown of its totals. */
export async function FieldCharts({ organisationId, field, period, state, catalog, locale, text }: Props) {
  const name = (i: CatalogIndicator) => localName(i, locale);
  const end = periodRange(period)[1];
  const keys = keyIndicators(catalog, field);
  const totals = catalog.filter((i) => i.field === field && catalog.some((p) => p.parent === i.code));
  const [trends, breakdowns] = await Promise.all([
    Promise.all(
      keys.map((indicator) => getTrend({ organisationId, indicator, end, range: state.range, grain: state.grain })),
    ),
    Promise.all(totals.map((total) => getBreakdown({ organisationId, period, total }))),
  ]);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {keys.map((indicator, i) => (
        <TrendChart
          key={indicator.code}
          title={name(indicator)}
          description={`${fill(text.trendDescription, { range: state.range })} · ${text.grains[state.grain]}`}
          unit={localUnit(indicator, locale)}
          decimals={indicator.decimals}
          level={indicator.kind !== "flow"}
          points={trendChartPoints(trends[i], state.grain, text)}
          chart={state.chart}
          locale={locale}
          fileName={readableFileName([name(indicator), text.grains[state.grain]])}
          text={chartText(text)}
        />
      ))}
      {totals.map((total, i) => (
        <BreakdownChart
          key={total.code}
          title={`${text.breakdown}: ${name(total)}`}
          description={periodLabel(period, locale)}
          total={breakdowns[i].total}
          parts={breakdowns[i].parts.map((p) => ({
            name: name(catalog.find((c) => c.code === p.indicator)!),
            value: p.value,
          }))}
          exhaustive={total.exhaustive}
          decimals={total.decimals}
          locale={locale}
          fileName={readableFileName([text.breakdown, name(total), periodLabel(period, locale)])}
          text={chartText(text)}
        />
      ))}
    </div>
  );
}
