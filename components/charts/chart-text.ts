import { spanLabel, type SpanText } from "@/lib/dashboard/comparison";
import type { TrendGrain, TrendPoint } from "@/lib/dashboard/data";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { parsePeriod } from "@/lib/periods/period";
import type { TrendChartPoint } from "./trend-chart";

/** The strings every chart needs, from the dashboard dictionary. */
export function chartText(text: Dictionary["dashboard"]) {
  return {
    png: text.png,
    csv: text.csv,
    xlsx: text.xlsx,
    xlsxFailed: text.xlsxFailed,
    showTable: text.showTable,
    showChart: text.showChart,
    value: text.value,
    lastYear: text.lastYear,
    target: text.target,
    period: text.period,
    estimate: text.estimate,
    estimateColumn: text.estimateColumn,
    classificationMark: text.classificationMark,
    part: text.part,
    share: text.share,
    other: text.other,
  };
}

/** Trend points as the chart takes them, a point still in progress saying its months: Quý IV/2026 (tháng 10), T11/2026 (10 tháng đầu năm). */
export function trendChartPoints(points: TrendPoint[], grain: TrendGrain, text: SpanText): TrendChartPoint[] {
  return points.map(({ soFar, ...point }) => {
    const period = parsePeriod(point.period)!;
    const span = grain === "ytd" ? { kind: "year" as const, year: period.year, index: 1 } : period;
    return { ...point, note: soFar === null ? null : spanLabel(span, soFar, text) };
  });
}
