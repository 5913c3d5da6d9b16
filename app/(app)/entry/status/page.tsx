import { Link } from "@/components/link";
import { z } from "zod";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format/date";
import { getDictionary } from "@/lib/i18n/dictionary";
import { shortPeriodLabel } from "@/lib/periods/labels";
import { splitYearMonth } from "@/lib/periods/period";
import { codeOfYearMonth, monthCode, yearMonthOfCode } from "@/lib/values/schema";
import { getCompletenessBoard } from "@/lib/workflow/board";
import { unitProgress } from "@/lib/workflow/data";
import { deadlineState, unitFiguresDue } from "@/lib/deadlines/rule";
import { monthStatus } from "@/lib/workflow/status";
import { StatusBadge } from "../_components/status-badge";
import { StatusLegend } from "./status-legend";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle((t) => t.entry.board);

export const dynamic = "force-dynamic";

const search = z.object({ month: monthCode.optional().catch(undefined) });

/** Per month and unit: what is entered, submitted and locked, against the due date; each cell opens that unit's entry page. */
export default async function CompletenessPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const t = getDictionary(user.locale);
  const { month } = search.parse(await searchParams);
  const today = new Date();
  const { organisation, months, board, firstFields } = await getCompletenessBoard({
    organisationId: user.organisationId,
    month: month ? yearMonthOfCode(month) : undefined,
    today,
  });
  const labels = { open: t.entry.statusOpen, submitted: t.entry.statusSubmitted, locked: t.entry.statusLocked };

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.entry.board}</h1>
      <StatusLegend text={t.entry} />
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
                const monthName = shortPeriodLabel({ kind: "month", year, index: m }, user.locale);
                const lock = board.locks.get(ym);
                return (
                  <tr key={ym}>
                    <Td className="whitespace-nowrap font-medium">
                      <Link className="text-brand-700 underline" href={`/entry?month=${codeOfYearMonth(ym)}`}>
                        {monthName}
                      </Link>
                    </Td>
                    <Td className="whitespace-nowrap text-slate-600">
                      {formatDate(unitFiguresDue(ym, organisation.dueDay), user.locale, "UTC")}
                    </Td>
                    {board.units.map((u) => {
                      const { entered, expected } = unitProgress(board, ym, u);
                      const status = monthStatus({ locked: !!lock, submitted: board.submissions.has(`${ym}:${u.id}`) });
                      const field = firstFields.get(u.id);
                      const content = (
                        <>
                          <StatusBadge status={status}>{labels[status]}</StatusBadge>
                          {status === "open" &&
                            deadlineState(unitFiguresDue(ym, u.dueDay ?? organisation.dueDay), null, today) ===
                              "missing" && (
                              <StatusBadge status="overdue" className="ml-1">
                                {t.entry.overdue}
                              </StatusBadge>
                            )}
                          <span className="mt-1 block text-xs text-slate-500">
                            {t.entry.entered}: {entered}/{expected}
                          </span>
                        </>
                      );
                      return (
                        <Td key={u.id} className="text-sm">
                          {field ? (
                            <Link
                              href={`/entry?month=${codeOfYearMonth(ym)}&field=${field}`}
                              className="block rounded p-1 -m-1 hover:bg-slate-50"
                            >
                              <span className="sr-only">
                                {u.name}, {monthName}:{" "}
                              </span>
                              {content}
                            </Link>
                          ) : (
                            content
                          )}
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
