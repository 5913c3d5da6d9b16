import { Link } from "@/components/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { SessionUser } from "@/lib/auth/data";
import { hasRole, targetSetters } from "@/lib/auth/roles";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { formatDateTime } from "@/lib/format/date";
import { formatNumber } from "@/lib/format/number";
import { getDictionary } from "@/lib/i18n/dictionary";
import { shortPeriodLabel } from "@/lib/periods/labels";
import { addMonths, splitYearMonth } from "@/lib/periods/period";
import { findIndicatorTargets } from "@/lib/targets/data";
import { findIndicatorAudit, findIndicatorMonths } from "@/lib/values/data";
import { sourceLabel } from "@/lib/values/source-label";

/** The stored months with notes and who entered them, the change history and the targets. */
export async function IndicatorTables({
  user,
  organisationId,
  indicator,
  end,
  range,
}: {
  user: SessionUser;
  organisationId: string;
  indicator: CatalogIndicator;
  end: number;
  range: number;
}) {
  const t = getDictionary(user.locale);
  const [months, audit, targets] = await Promise.all([
    isDerived(indicator.kind)
      ? Promise.resolve([])
      : findIndicatorMonths({ organisationId, indicator: indicator.code, from: addMonths(end, -(range - 1)), to: end }),
    findIndicatorAudit({ organisationId, indicator: indicator.code }),
    findIndicatorTargets({ organisationId, indicator: indicator.code }),
  ]);
  const month = (ym: number) => {
    const { year, month: m } = splitYearMonth(ym);
    return shortPeriodLabel({ kind: "month", year, index: m }, user.locale);
  };
  const number = (v: string | number | null) => (v === null ? "—" : formatNumber(v, indicator.decimals, user.locale));
  const derived = isDerived(indicator.kind);
  return (
    <div className={derived ? "grid gap-4 lg:grid-cols-2" : "grid gap-4 lg:grid-cols-3"}>
      {!derived && (
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>{t.dashboard.values}</CardTitle>
          </CardHeader>
          <CardContent className="p-0">
            <Table data-testid="indicator-values">
              <thead>
                <tr>
                  <Th>{t.entry.month}</Th>
                  <Th className="text-right">{t.dashboard.value}</Th>
                  <Th>{t.dashboard.note}</Th>
                  <Th>{t.dashboard.enteredBy}</Th>
                  <Th>{t.dashboard.updatedAt}</Th>
                </tr>
              </thead>
              <tbody>
                {months.map((v) => (
                  <tr key={v.yearMonth}>
                    <Td>{month(v.yearMonth)}</Td>
                    <Td className="text-right tabular-nums">
                      {number(v.value)}{" "}
                      {v.estimate && <Badge className="bg-amber-100 text-amber-800">{t.dashboard.estimate}</Badge>}
                    </Td>
                    <Td className="text-slate-600">{v.note}</Td>
                    <Td>{v.updatedBy}</Td>
                    <Td className="whitespace-nowrap text-slate-500">{formatDateTime(v.updatedAt, user.locale)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </CardContent>
        </Card>
      )}
      {/* A ratio has no stored months: its targets and history share the width. */}
      <div className={derived ? "contents" : "space-y-4"}>
        <Card>
          <CardHeader>
            <CardTitle>{t.dashboard.targets}</CardTitle>
          </CardHeader>
          <CardContent>
            {targets.length === 0 && (
              <p className="text-sm text-slate-600">
                {t.dashboard.targetsEmpty}{" "}
                {hasRole(user, targetSetters) && (
                  <Link href="/entry/targets" className="font-medium text-blue-800 underline">
                    {t.dashboard.setTargets}
                  </Link>
                )}
              </p>
            )}
            <ul className="space-y-1 text-sm">
              {targets.map((target) => (
                <li key={target.year} className="flex justify-between">
                  <span>{target.year}</span>
                  <span className="tabular-nums">{number(target.value)}</span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t.dashboard.history}</CardTitle>
          </CardHeader>
          <CardContent>
            {audit.length === 0 && <p className="text-sm text-slate-600">{t.dashboard.historyEmpty}</p>}
            <ol className="space-y-2 text-sm" data-testid="indicator-history">
              {audit.map((a) => (
                <li key={a.id} className="border-b border-slate-100 pb-1">
                  <span className="font-medium">{month(a.yearMonth)}</span>: {number(a.oldValue)} → {number(a.newValue)}
                  <div className="text-xs text-slate-500">
                    {formatDateTime(a.at, user.locale)} · {a.user ?? "—"} · {sourceLabel(a.source, t.entry.sources)}
                  </div>
                  {a.note && <div className="text-xs text-slate-700">{a.note}</div>}
                </li>
              ))}
            </ol>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
