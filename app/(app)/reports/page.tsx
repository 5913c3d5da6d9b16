import { Link } from "@/components/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { PeriodChoiceFields } from "@/components/pickers/period-choice-fields";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { reportRoles } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { getDictionary } from "@/lib/i18n/dictionary";
import { firstPeriodYear, reportPeriodChoices } from "@/lib/periods/choices";
import { periodLabel } from "@/lib/periods/labels";
import { monthOf, parsePeriod, periodKinds } from "@/lib/periods/period";
import { findReports } from "@/lib/reports/data";
import { reportFilter } from "@/lib/reports/schema";
import { CreateReportForm } from "./create-report-form";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle((t) => t.reports.title);

export const dynamic = "force-dynamic";

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole(...reportRoles);
  const t = getDictionary(user.locale);
  const filter = reportFilter.parse(await searchParams);
  const reports = await findReports({
    organisationId: user.organisationId,
    kind: filter.kind,
    status: filter.status,
    period: filter.period || undefined,
  });
  const label = (code: string) => {
    const p = parsePeriod(code);
    return p ? periodLabel(p, user.locale) : code;
  };
  const kinds = periodKinds.map((k) => ({ value: k, label: t.dashboard.kinds[k] }));
  const choices = reportPeriodChoices(monthOf(new Date()), firstPeriodYear, user.locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.reports.title}</h1>
      <Card>
        <CardHeader>
          <CardTitle>{t.reports.create}</CardTitle>
        </CardHeader>
        <CardContent>
          <CreateReportForm kinds={kinds} choices={choices} text={t.reports} />
        </CardContent>
      </Card>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <PeriodChoiceFields
          id="filter"
          name="period"
          kindName="kind"
          kinds={kinds}
          choices={choices}
          defaultValue={filter.period ?? ""}
          defaultKind={filter.kind}
          any={t.reports.all}
          text={t.reports}
        />
        <div className="space-y-1">
          <Label htmlFor="filter-status">{t.reports.status}</Label>
          <Select id="filter-status" name="status" defaultValue={filter.status ?? ""}>
            <option value="">{t.reports.all}</option>
            {(["draft", "for_signature", "signed"] as const).map((s) => (
              <option key={s} value={s}>
                {t.reports.statuses[s]}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="outline">
          {t.reports.filter}
        </Button>
      </form>
      <Card>
        <CardContent className="p-0">
          {reports.length === 0 ? (
            <p className="p-4 text-slate-600">{t.reports.empty}</p>
          ) : (
            <Table data-testid="report-list">
              <thead>
                <tr>
                  <Th>{t.reports.period}</Th>
                  <Th>{t.reports.status}</Th>
                  <Th>{t.reports.number}</Th>
                  <Th>{t.reports.createdBy}</Th>
                  <Th>{t.reports.updatedAt}</Th>
                </tr>
              </thead>
              <tbody>
                {reports.map((r) => (
                  <tr key={r.id}>
                    <Td>
                      <Link href={`/reports/${r.id}`} className="text-brand-700 underline first-letter:uppercase">
                        {label(r.period)}
                      </Link>
                    </Td>
                    <Td>
                      <Badge>{t.reports.statuses[r.status]}</Badge>
                    </Td>
                    <Td>
                      {r.number
                        ? `${r.number}${r.signedOn ? ` · ${formatDate(r.signedOn, user.locale, "UTC")}` : ""}`
                        : ""}
                    </Td>
                    <Td>{r.createdBy?.displayName}</Td>
                    <Td>{formatDateTime(r.updatedAt, user.locale)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
