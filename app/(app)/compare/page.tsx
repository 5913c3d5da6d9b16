import { redirect } from "next/navigation";
import { z } from "zod";
import { chartText } from "@/components/charts/chart-text";
import { RankingChart } from "@/components/charts/lazy-charts";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import { canCompareOrganisations } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getComparison } from "@/lib/dashboard/compare";
import { spanLabel } from "@/lib/dashboard/comparison";
import { formatNumber, formatPercent } from "@/lib/format/number";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { readableFileName } from "@/lib/format/file-name";
import { periodLabel } from "@/lib/periods/labels";
import { formatPeriodCode } from "@/lib/periods/period";
import { pageTitle } from "@/lib/i18n/metadata";
import { localName, localUnit } from "@/lib/i18n/local-name";

export const generateMetadata = pageTitle((t) => t.dashboard.compare);

export const dynamic = "force-dynamic";

const search = z.object({
  indicator: z.string().max(100).optional().catch(undefined),
  period: z.string().max(10).optional().catch(undefined),
});

/** One indicator across the organisations a ministry or province viewer may read, ranked. */
export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  if (!canCompareOrganisations(user)) redirect("/forbidden");
  const t = getDictionary(user.locale);
  const { catalog, indicator, named, period, rows, density, soFar, years } = await getComparison(
    user,
    search.parse(await searchParams),
  );
  const name = localName(named, user.locale);
  const show = (v: number | null, decimals: number, unit: string) =>
    v === null ? "—" : unit === "%" ? formatPercent(v, decimals, user.locale) : formatNumber(v, decimals, user.locale);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h1 className="text-2xl font-semibold">{t.dashboard.compare}</h1>
        {/* A ranking of a period in progress is not read as one of the whole period. */}
        {soFar !== null && (
          <p className="text-sm text-amber-800" data-testid="compare-span">
            {fill(t.dashboard.partial, {
              span: spanLabel(period, soFar, { ...t.dashboard, monthNames: t.pickers.monthNames }),
            })}
          </p>
        )}
      </div>
      <div className="no-print flex flex-wrap items-end gap-4">
        <form method="get" className="flex items-end gap-2">
          <input type="hidden" name="period" value={formatPeriodCode(period)} />
          <div className="space-y-1">
            <Label htmlFor="compare-indicator">{t.dashboard.indicator}</Label>
            <Select id="compare-indicator" name="indicator" defaultValue={indicator.code} className="max-w-md">
              {catalog.map((i) => (
                <option key={i.code} value={i.code}>
                  {localName(i, user.locale)}
                </option>
              ))}
            </Select>
          </div>
          <Button type="submit" variant="outline">
            {t.dashboard.show}
          </Button>
        </form>
        <PeriodPicker
          period={period}
          years={years}
          text={{ kind: t.dashboard.kind, year: t.dashboard.year, index: t.dashboard.index, kinds: t.dashboard.kinds }}
        />
      </div>
      <RankingChart
        title={name}
        description={periodLabel(period, user.locale)}
        unit={localUnit(indicator, user.locale)}
        decimals={indicator.decimals}
        rows={rows}
        locale={user.locale}
        fileName={readableFileName([name, periodLabel(period, user.locale), t.dashboard.rank])}
        text={{ ...chartText(t.dashboard), rank: t.dashboard.rank, organisation: t.dashboard.organisation }}
      />
      <Card>
        <CardHeader>
          <CardTitle>
            {fill(t.dashboard.compareDescription, { indicator: name, period: periodLabel(period, user.locale) })}
          </CardTitle>
        </CardHeader>
        <CardContent className="p-0">
          <Table data-testid="comparison">
            <thead>
              <tr>
                <Th>{t.dashboard.rank}</Th>
                <Th>{t.dashboard.organisation}</Th>
                <Th className="text-right">
                  {t.dashboard.value} ({localUnit(indicator, user.locale)})
                </Th>
                {density && <Th className="text-right">{t.dashboard.perCapita}</Th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.code}>
                  <Td>{row.value === null ? "—" : i + 1}</Td>
                  <Td>{row.name}</Td>
                  <Td className="text-right tabular-nums">
                    {show(row.value, indicator.decimals, indicator.unitVi)}{" "}
                    {row.estimate && <Badge className="bg-amber-100 text-amber-800">{t.dashboard.estimate}</Badge>}
                  </Td>
                  {density && (
                    <Td className="text-right tabular-nums">{show(row.perCapita, density.decimals, density.unitVi)}</Td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        </CardContent>
      </Card>
    </div>
  );
}
