import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PeriodPicker } from "@/components/dashboard/period-picker";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { cn } from "@/lib/cn";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { formatPercent } from "@/lib/format/number";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { pageTitle } from "@/lib/i18n/metadata";
import { periodLabel } from "@/lib/periods/labels";
import { pickerYears } from "@/lib/periods/choices";
import { formatPeriodCode } from "@/lib/periods/period";
import { formatNumber } from "@/lib/format/number";
import { AppError } from "@/lib/errors";
import type { SubmissionStanding } from "@/lib/submissions/data";
import { getMinistryPage } from "@/lib/submissions/ministry-page";
import { RankingChart, TrendChart } from "@/components/charts/lazy-charts";
import { chartText } from "@/components/charts/chart-text";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { readableFileName } from "@/lib/format/file-name";
import { localName, localUnit } from "@/lib/i18n/local-name";

export const generateMetadata = pageTitle((t) => t.ministry.title);

export const dynamic = "force-dynamic";

const search = z.object({
  period: z.string().max(20).optional().catch(undefined),
  indicator: z.string().max(60).optional().catch(undefined),
});

const tones: Record<SubmissionStanding, string> = {
  accepted: "bg-emerald-100 text-emerald-800",
  returned: "bg-red-100 text-red-800",
  onTime: "bg-sky-100 text-sky-900",
  late: "bg-amber-100 text-amber-900",
  missing: "bg-red-100 text-red-800",
  due: "",
};

/** The ministry's view of a period: every department under it, whether it sent its report, on time, and the parent's decision. */
export default async function MinistryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const t = getDictionary(user.locale);
  const {
    period,
    thisYear,
    standings,
    counts,
    rates,
    national,
    indicators: byCode,
    across,
  } = await getMinistryPage(user, search.parse(await searchParams)).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "notFound") notFound();
    throw error;
  });
  const percent = (share: number | null) => (share === null ? "—" : formatPercent(share * 100, 1, user.locale));

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.ministry.title}</h1>
      <p className="text-slate-700">{t.ministry.intro}</p>
      <PeriodPicker
        period={period}
        years={pickerYears(thisYear)}
        text={{ kind: t.dashboard.kind, year: t.dashboard.year, index: t.dashboard.index, kinds: t.dashboard.kinds }}
      />
      <p className="font-medium first-letter:uppercase" data-testid="ministry-summary">
        {periodLabel(period, user.locale)} · {fill(t.ministry.summary, counts)}
      </p>
      <a
        className="text-sm text-brand-700 underline"
        href={`/ministry/export?period=${formatPeriodCode(period)}`}
        download
      >
        {t.ministry.excel}
      </a>
      <p className="text-sm text-slate-700" data-testid="ministry-rates">
        {rates.completeness === null
          ? fill(t.ministry.noRates, { year: period.year })
          : fill(t.ministry.rates, {
              year: period.year,
              periods: t.dashboard.kinds[period.kind],
              completeness: percent(rates.completeness),
              onTime: percent(rates.onTime),
            })}
      </p>
      <Card>
        <CardContent className="p-0">
          <Table data-testid="ministry-standings">
            <thead>
              <tr>
                <Th>{t.ministry.organisation}</Th>
                <Th>{t.ministry.due}</Th>
                <Th>{t.ministry.state}</Th>
                <Th>{t.ministry.submittedAt}</Th>
              </tr>
            </thead>
            <tbody>
              {standings.map((s) => (
                <tr key={s.organisation.id} data-organisation={s.organisation.code} data-standing={s.standing}>
                  <Td className="font-medium">
                    {s.submission ? (
                      <Link className="text-brand-700 underline" href={`/ministry/submissions/${s.submission.id}`}>
                        {s.organisation.name}
                      </Link>
                    ) : (
                      s.organisation.name
                    )}
                  </Td>
                  <Td className="whitespace-nowrap">{formatDate(s.due, user.locale, "UTC")}</Td>
                  <Td>
                    <Badge className={cn(tones[s.standing])}>{t.ministry.standings[s.standing]}</Badge>
                  </Td>
                  <Td className="whitespace-nowrap text-sm">
                    {s.submission ? formatDateTime(s.submission.submittedAt, user.locale) : ""}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{fill(t.ministry.national, { accepted: national.accepted, total: standings.length })}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-2 p-0">
          <p className="px-4 text-sm text-slate-600">{t.ministry.nationalHint}</p>
          {national.figures.length === 0 ? (
            <p className="px-4 pb-4 text-sm text-slate-600">{t.ministry.noNational}</p>
          ) : (
            <Table data-testid="national-figures">
              <thead>
                <tr>
                  <Th>{t.ministry.indicator}</Th>
                  <Th className="text-right">{t.ministry.value}</Th>
                  <Th className="text-right">{t.ministry.provinces}</Th>
                </tr>
              </thead>
              <tbody>
                {national.figures.map((f) => {
                  const indicator = byCode.get(f.indicator)!;
                  return (
                    <tr key={f.indicator} data-indicator={f.indicator}>
                      <Td>
                        {localName(indicator, user.locale)}{" "}
                        <span className="text-xs text-slate-500">({localUnit(indicator, user.locale)})</span>
                      </Td>
                      <Td className="whitespace-nowrap text-right tabular-nums">
                        {f.value === null ? "—" : formatNumber(f.value, { max: indicator.decimals }, user.locale)}
                      </Td>
                      <Td className="text-right tabular-nums">
                        {f.provinces}/{standings.length}
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          )}
        </CardContent>
      </Card>
      {across && (
        <section className="space-y-3" aria-labelledby="across-title" data-testid="ministry-across">
          <h2 id="across-title" className="text-lg font-semibold">
            {t.ministry.across}
          </h2>
          <form className="no-print flex flex-wrap items-end gap-2" action="/ministry">
            <input type="hidden" name="period" value={formatPeriodCode(period)} />
            <div className="space-y-1">
              <Label htmlFor="across-indicator">{t.ministry.acrossIndicator}</Label>
              <Select id="across-indicator" name="indicator" defaultValue={across.indicator.code}>
                {national.figures.map((f) => {
                  const indicator = byCode.get(f.indicator)!;
                  return (
                    <option key={f.indicator} value={f.indicator}>
                      {localName(indicator, user.locale)}
                    </option>
                  );
                })}
              </Select>
            </div>
            <Button type="submit" variant="outline">
              {t.ministry.show}
            </Button>
          </form>
          <RankingChart
            title={localName(across.indicator, user.locale)}
            description={fill(t.ministry.rankingDescription, { period: periodLabel(period, user.locale) })}
            unit={localUnit(across.indicator, user.locale)}
            decimals={across.indicator.decimals}
            rows={across.ranking.map((r) => ({ name: r.name, value: r.value === null ? null : Number(r.value) }))}
            locale={user.locale}
            fileName={readableFileName([
              localName(across.indicator, user.locale),
              periodLabel(period, user.locale),
              t.dashboard.rank,
            ])}
            text={{ ...chartText(t.dashboard), rank: t.dashboard.rank, organisation: t.dashboard.organisation }}
          />
          <TrendChart
            title={fill(t.ministry.trendTitle, { indicator: localName(across.indicator, user.locale) })}
            description={fill(t.ministry.trendDescription, { year: period.year })}
            unit={localUnit(across.indicator, user.locale)}
            decimals={across.indicator.decimals}
            level={across.indicator.kind !== "flow"}
            points={across.trend.map((p) => ({
              period: p.period,
              value: p.value === null ? null : Number(p.value),
              lastYear: null,
              estimate: false,
              target: null,
              note: null,
            }))}
            chart="line"
            locale={user.locale}
            fileName={readableFileName([
              t.ministry.nationalSheet,
              localName(across.indicator, user.locale),
              String(period.year),
            ])}
            text={chartText(t.dashboard)}
          />
        </section>
      )}
    </div>
  );
}
