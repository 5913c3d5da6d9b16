import { Link } from "@/components/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { calendarRoles } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { cn } from "@/lib/cn";
import { findCalendar } from "@/lib/deadlines/data";
import { dataCutOff, type DeadlineState } from "@/lib/deadlines/rule";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { pageTitle } from "@/lib/i18n/metadata";
import { periodLabel } from "@/lib/periods/labels";
import { addMonths, monthOf, splitYearMonth } from "@/lib/periods/period";
import { codeOfYearMonth } from "@/lib/values/schema";

export const generateMetadata = pageTitle((t) => t.calendar.title);

export const dynamic = "force-dynamic";

const tones: Record<DeadlineState, string> = {
  done: "bg-emerald-100 text-emerald-800",
  late: "bg-amber-100 text-amber-900",
  missing: "bg-red-100 text-red-800",
  dueSoon: "bg-sky-100 text-sky-900",
  due: "",
};

/** Lịch báo cáo: this month's and next month's figures of each unit and reports, each with its due day and where it stands. */
export default async function CalendarPage() {
  const user = await requireRole(...calendarRoles);
  const t = getDictionary(user.locale);
  const today = new Date();
  const months = [monthOf(today), addMonths(monthOf(today), 1)];
  const calendar = await findCalendar({ organisationId: user.organisationId, months, today });
  const date = (d: Date) => formatDate(d, user.locale, "UTC");
  const state = (s: DeadlineState) => (
    <Badge className={cn(tones[s])} data-state={s}>
      {t.calendar.states[s]}
    </Badge>
  );

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.calendar.title}</h1>
      <p className="text-slate-700">{t.calendar.intro}</p>
      <p className="text-sm text-slate-600">{t.calendar.rule}</p>
      {months.map((yearMonth) => {
        const { year, month } = splitYearMonth(yearMonth);
        const units = calendar.units.filter((u) => u.yearMonth === yearMonth);
        const reports = calendar.reports.filter((r) => monthOf(r.due) === yearMonth);
        return (
          <Card key={yearMonth} data-testid={`calendar-${codeOfYearMonth(yearMonth)}`}>
            <CardHeader>
              <CardTitle className="first-letter:uppercase">
                {periodLabel({ kind: "month", year, index: month }, user.locale)}
              </CardTitle>
            </CardHeader>
            <CardContent className="space-y-4">
              <section aria-label={t.calendar.reports}>
                <h2 className="mb-1 font-medium">{t.calendar.reports}</h2>
                {reports.length === 0 ? (
                  <p className="text-sm text-slate-600">{t.calendar.none}</p>
                ) : (
                  <Table data-testid="calendar-reports">
                    <thead>
                      <tr>
                        <Th>{t.calendar.report}</Th>
                        <Th>{t.calendar.due}</Th>
                        <Th>{t.calendar.state}</Th>
                        <Th>{t.calendar.doneAt}</Th>
                      </tr>
                    </thead>
                    <tbody>
                      {reports.map((r) => {
                        const cutOff = dataCutOff(r.period);
                        return (
                          <tr key={r.code} data-period={r.code}>
                            <Td>
                              <span className="block font-medium first-letter:uppercase">
                                {periodLabel(r.period, user.locale)}
                              </span>
                              <span className="block text-xs text-slate-500">
                                {fill(t.calendar.cutOff, { from: date(cutOff.from), to: date(cutOff.to) })}
                              </span>
                            </Td>
                            <Td className="whitespace-nowrap">{date(r.due)}</Td>
                            <Td>
                              {state(r.state)}{" "}
                              {r.report ? (
                                <Link className="text-sm text-brand-700 underline" href={`/reports/${r.report.id}`}>
                                  {t.reports.statuses[r.report.status as keyof typeof t.reports.statuses]}
                                </Link>
                              ) : (
                                <span className="text-sm text-slate-600">{t.calendar.noReport}</span>
                              )}
                            </Td>
                            <Td className="whitespace-nowrap text-sm">
                              {r.doneAt ? formatDateTime(r.doneAt, user.locale) : ""}
                            </Td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </Table>
                )}
              </section>
              <section aria-label={t.calendar.units}>
                <h2 className="mb-1 font-medium">{t.calendar.units}</h2>
                {units.length === 0 ? (
                  <p className="text-sm text-slate-600">{t.calendar.none}</p>
                ) : (
                  <Table data-testid="calendar-units">
                    <thead>
                      <tr>
                        <Th>{t.calendar.unit}</Th>
                        <Th>{t.calendar.due}</Th>
                        <Th>{t.calendar.state}</Th>
                        <Th>{t.calendar.doneAt}</Th>
                      </tr>
                    </thead>
                    <tbody>
                      {units.map((u) => (
                        <tr key={u.unit.id} data-unit={u.unit.name}>
                          <Td>
                            <Link
                              className="text-brand-700 underline"
                              href={`/entry?month=${codeOfYearMonth(yearMonth)}`}
                            >
                              {u.unit.name}
                            </Link>
                          </Td>
                          <Td className="whitespace-nowrap">{date(u.due)}</Td>
                          <Td>{state(u.state)}</Td>
                          <Td className="whitespace-nowrap text-sm">
                            {u.doneAt ? formatDateTime(u.doneAt, user.locale) : ""}
                          </Td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                )}
              </section>
            </CardContent>
          </Card>
        );
      })}
    </div>
  );
}
