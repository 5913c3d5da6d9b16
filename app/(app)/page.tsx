import { Badge } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { formatNumber, formatPercent } from "@/lib/format/number";
import { getDictionary } from "@/lib/i18n/dictionary";
import { computeRatio } from "@/lib/periods/aggregate";
import { shortPeriodLabel } from "@/lib/periods/labels";
import { splitYearMonth } from "@/lib/periods/period";
import { findLatestValues, type LatestValue } from "@/lib/values/data";

export const dynamic = "force-dynamic";

/** A ratio is shown only when its numerator and denominator are of the same month. */
function latestOf(indicator: CatalogIndicator, latest: Map<string, LatestValue>): LatestValue | null {
  if (!isDerived(indicator.kind)) return latest.get(indicator.code) ?? null;
  const numerator = latest.get(indicator.numerator ?? "");
  const denominator = latest.get(indicator.denominator ?? "");
  if (!numerator || !denominator || numerator.yearMonth !== denominator.yearMonth) return null;
  const value = computeRatio(numerator.value, denominator.value);
  if (value === null) return null;
  return { indicator: indicator.code, yearMonth: numerator.yearMonth, value, estimate: numerator.estimate || denominator.estimate };
}

export default async function OverviewPage() {
  const user = await requireUser();
  const t = getDictionary(user.locale);
  const [fields, indicators, values] = await Promise.all([findFields(), findIndicators(), findLatestValues({ organisationId: user.organisationId })]);
  const latest = new Map(values.map((v) => [v.indicator, v]));
  const en = user.locale === "en";

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t.overview.title}</h1>
      {values.length === 0 && <p className="text-slate-600">{t.overview.empty}</p>}
      <div className="grid gap-6 lg:grid-cols-2">
        {fields.map((field) => {
          const rows = indicators.filter((i) => i.field === field.code);
          if (!rows.length) return null;
          return (
            <Card key={field.code} data-testid={`field-${field.code}`}>
              <CardHeader>
                <CardTitle>{en ? field.nameEn : field.nameVi}</CardTitle>
              </CardHeader>
              <CardContent className="p-0">
                <Table>
                  <thead>
                    <tr>
                      <Th>{t.overview.indicator}</Th>
                      <Th className="text-right">{t.overview.value}</Th>
                      <Th className="text-right">{t.overview.month}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((indicator) => {
                      const value = latestOf(indicator, latest);
                      const { year, month } = value ? splitYearMonth(value.yearMonth) : { year: 0, month: 0 };
                      const unit = en ? indicator.unitEn : indicator.unitVi;
                      return (
                        <tr key={indicator.code} data-testid={`indicator-${indicator.code}`}>
                          <Td className={indicator.parent ? "pl-6 text-slate-600" : undefined}>{en ? indicator.nameEn : indicator.nameVi}</Td>
                          <Td className="text-right whitespace-nowrap tabular-nums">
                            {value === null ? (
                              <span className="text-slate-400">{t.overview.noValue}</span>
                            ) : (
                              <>
                                <span data-testid="value">
                                  {unit === "%" ? formatPercent(value.value, indicator.decimals, user.locale) : `${formatNumber(value.value, indicator.decimals, user.locale)} ${unit}`}
                                </span>
                                {value.estimate && <Badge className="ml-1">{t.overview.estimate}</Badge>}
                                {isDerived(indicator.kind) && <Badge className="ml-1 bg-brand-50 text-brand-700">{t.overview.computed}</Badge>}
                              </>
                            )}
                          </Td>
                          <Td className="text-right text-slate-500">{value ? shortPeriodLabel({ kind: "month", year, index: month }, user.locale) : ""}</Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
              </CardContent>
            </Card>
          );
        })}
      </div>
    </div>
  );
}
