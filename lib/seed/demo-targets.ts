import type { CatalogIndicator } from "@/lib/catalog/types";
import { aggregateMonths } from "@/lib/periods/aggregate";
import type { DemoValue } from "./demo-values";

export interface DemoTarget {
  indicator: string;
  year: number;
  value: number;
}

/** Context figures (population) are not goals. */
const contextFields = new Set(["general"]);

/** Three significant figures, within the indicator's decimals: targets are round numbers. */
function roundTarget(value: number, decimals: number): number {
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
  const rounded = Math.round(value / magnitude) * magnitude;
  return Number(rounded.toFixed(decimals));
}

/**
 * Year targets for the demo's key indicators, set the way a department sets them: from the year
 * before's outcome, somewhat better (ratios a few points higher, up to 100 %). Only indicators where
 * a rise is good get one, and only years with a whole year of figures before them.
 */
export function generateDemoTargets(catalog: CatalogIndicator[], values: DemoValue[]): DemoTarget[] {
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  const monthValues = new Map<string, Map<number, { value: number; estimate: boolean }>>();
  for (const v of values) {
    if (!monthValues.has(v.indicator)) monthValues.set(v.indicator, new Map());
    monthValues.get(v.indicator)!.set(v.yearMonth, { value: Number(v.value), estimate: v.estimate });
  }
  const presentMonths = new Set(values.map((v) => v.yearMonth));
  const years = [...new Set(values.map((v) => Math.floor(v.yearMonth / 100)))].sort();
  const goals = catalog.filter((i) => i.isKey && i.higherIsBetter && !contextFields.has(i.field));
  return years.flatMap((year) => {
    const lastYear = Array.from({ length: 12 }, (_, k) => (year - 1) * 100 + k + 1);
    if (!lastYear.every((m) => presentMonths.has(m))) return [];
    return goals.flatMap((indicator) => {
      const outcome = aggregateMonths(indicator, monthValues, lastYear, byCode).value;
      if (outcome === null || outcome <= 0) return [];
      const value =
        indicator.kind === "ratio"
          ? Math.min(100, Math.round(outcome + 5))
          : roundTarget(outcome * 1.08, indicator.decimals);
      return [{ indicator: indicator.code, year, value }];
    });
  });
}
