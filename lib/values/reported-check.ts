import { activeMonths } from "@/lib/catalog/dated";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { Exact } from "@/lib/periods/aggregate";
import { monthsBetween } from "@/lib/periods/period";
import type { CheckIssue } from "./check-issue";

// Months win over a reported period figure (a past quarter's report, say), and a person entering
// the month that completes such a period should know when the months do not add up to what the
// report said: a warning at the cell, never a refusal (the report may have been an estimate).

export interface ReportedContext {
  /** The month being entered. */
  yearMonth: number;
  /** The reported figures of longer periods that contain the month. */
  figures: { indicator: string; period: string; first: number; last: number; value: string }[];
  /** The stored values of those periods' other months. */
  months: { indicator: string; yearMonth: number; value: string }[];
}

/**
 * For each changed indicator whose month completes a period with a reported figure: a warning when
 * the months' figure (flows summed, a level its last month) differs from the reported one.
 */
export function reportedDifferences(
  catalog: Map<string, CatalogIndicator>,
  values: Map<string, string | null>,
  changed: ReadonlySet<string>,
  context: ReportedContext,
): CheckIssue[] {
  const stored = new Map(context.months.map((m) => [`${m.indicator}:${m.yearMonth}`, m.value]));
  return context.figures.flatMap((figure): CheckIssue[] => {
    const indicator = catalog.get(figure.indicator);
    if (!indicator || isDerived(indicator.kind) || !changed.has(indicator.code)) return [];
    const months = activeMonths(indicator, monthsBetween(figure.first, figure.last));
    const present = months.map((m) =>
      m === context.yearMonth ? values.get(indicator.code) : stored.get(`${indicator.code}:${m}`),
    );
    if (!months.length || present.some((v) => v === null || v === undefined)) return [];
    const figures = present as string[];
    const fromMonths =
      indicator.kind === "flow"
        ? figures.reduce((sum, v) => sum.plus(v), new Exact(0))
        : new Exact(figures[figures.length - 1]);
    if (fromMonths.equals(figure.value)) return [];
    return [
      {
        indicator: indicator.code,
        code: "differs_from_reported",
        severity: "warning",
        blocking: false,
        related: [],
        params: {
          period: figure.period,
          months: fromMonths.toString(),
          reported: figure.value,
          summed: indicator.kind === "flow" ? 1 : 0,
        },
      },
    ];
  });
}
