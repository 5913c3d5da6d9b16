import Link from "next/link";
import { z } from "zod";
import { Badge } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format/date";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getOrganisation } from "@/lib/org/data";
import { shortPeriodLabel } from "@/lib/periods/labels";
import { addMonths, monthOf, monthsBetween, splitYearMonth } from "@/lib/periods/period";
import { codeOfYearMonth, monthCode, yearMonthOfCode } from "@/lib/values/schema";
import { findCompleteness } from "@/lib/workflow/data";
import { dueDate, isOverdue, monthStatus } from "@/lib/workflow/status";

export const dynamic = "force-dynamic";

const search = z.object({ month: monthCode.optional().catch(undefined) });

/** Per month and unit: what is entered, submitted and locked, against the due date. */
export default async function CompletenessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const t = getDictionary(user.locale);
  const { month } = search.parse(await searchParams);
  const today = new Date();
  const last = month ? yearMonthOfCode(month) : addMonths(monthOf(today), -1);
  const months = monthsBetween(addMonths(last, -5), last).reverse();
  const [organisation, board] = await Promise.all([getOrganisation({ organisationId: user.organisationId }), findCompleteness({ organisationId: user.organisationId, months })]);
  const labels = { open: t.entry.statusOpen, submitted: t.entry.statusSubmitted, locked: t.entry.statusLocked };

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.entry.board}</h1>
      <Card>
        <CardHeader>
          <CardTitle>{t.entry.title}</CardTitle>
        </CardHeader>
        <CardContent className="p-0">
          <Table data-testid="completeness-board">
            <thead>
              <tr>
                <Th>{t.entry.month}</Th>
                <Th>{t.entry.due}</Th>
                {board.units.map((u) => (
                  <Th key={u.id}>{u.name}</Th>
                ))}
              </tr>
            </thead>
            <tbody>
              {months.map((ym) => {
                const { year, month: m } = splitYearMonth(ym);
                const lock = board.locks.get(ym);
                return (
                  <tr key={ym}>
                    <Td className="whitespace-nowrap font-medium">
                      <Link className="text-brand-700 underline" href={`/entry?month=${codeOfYearMonth(ym)}`}>
                        {shortPeriodLabel({ kind: "month", year, index: m }, user.locale)}
                      </Link>
                    </Td>
                    <Td className="whitespace-nowrap text-slate-600">{formatDate(dueDate(ym, organisation.dueDay), user.locale, "UTC")}</Td>
                    {board.units.map((u) => {
                      const entered = u.fields.reduce((s, f) => s + (board.entered.get(`${ym}:${f.fieldCode}`) ?? 0), 0);
                      const expected = u.fields.reduce((s, f) => s + (board.expected.get(f.fieldCode) ?? 0), 0);
                      const status = monthStatus({ locked: !!lock, submitted: board.submissions.has(`${ym}:${u.id}`) });
                      return (
                        <Td key={u.id} className="text-sm">
                          <Badge className={status === "locked" ? "bg-slate-800 text-white" : status === "submitted" ? "bg-emerald-100 text-emerald-800" : undefined}>{labels[status]}</Badge>
                          {isOverdue(ym, organisation.dueDay, status, today) && <Badge className="ml-1 bg-red-100 text-red-800">{t.entry.overdue}</Badge>}
                          <div className="mt-1 text-xs text-slate-500">
                            {t.entry.entered}: {entered}/{expected}
                          </div>
                        </Td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </CardContent>
      </Card>
    </div>
  );
}
