import "server-only";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { catalogOfYear } from "@/lib/catalog/dated";
import type { CatalogField, CatalogIndicator } from "@/lib/catalog/types";
import { periodMonths } from "@/lib/periods/period";
import { computePeriodValues } from "@/lib/values/queries";

// The targets page's data: a year's indicators field by field, each with its target, the year's
// figure so far and the % of the target it reaches.

export interface TargetRow {
  indicator: CatalogIndicator;
  target: number | null;
  value: number | null;
  targetPct: number | null;
}

export async function getYearTargets({
  organisationId,
  year,
}: {
  organisationId: string;
  year: number;
}): Promise<{ field: CatalogField; rows: TargetRow[] }[]> {
  const [fields, catalog] = await Promise.all([findFields(), findIndicators()]);
  const indicators = catalogOfYear(catalog, year);
  const period = { kind: "year" as const, year, index: 1 };
  const values = await computePeriodValues({
    organisationId,
    periods: [{ period, months: periodMonths(period) }],
    indicators,
    catalog: new Map(catalog.map((i) => [i.code, i])),
  });
  const byCode = new Map(values.map((v) => [v.indicator, v]));
  return fields
    .map((field) => ({
      field,
      rows: indicators
        .filter((i) => i.field === field.code)
        .map((indicator) => {
          const v = byCode.get(indicator.code);
          return { indicator, target: v?.target ?? null, value: v?.value ?? null, targetPct: v?.targetPct ?? null };
        }),
    }))
    .filter((f) => f.rows.length > 0);
}
