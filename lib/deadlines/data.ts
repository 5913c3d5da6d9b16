import "server-only";
import { db } from "@/lib/db/client";
import { formatPeriodCode, type Period, type PeriodKind } from "@/lib/periods/period";
import { deadlineState, reportDue, reportsDueIn, unitFiguresDue, type DeadlineState } from "./rule";

// What an organisation has due, month by month: each reporting unit's figures and each report,
// with where it stands (done, late, missing, due soon, due).

/** An organisation's report due days, as reportDaysOf takes them. */
export const reportDaysSelect = {
  monthReportDay: true,
  quarterReportDay: true,
  halfReportDay: true,
  nineReportDay: true,
  yearReportDay: true,
} as const;

/** An organisation's due days as the rule takes them. */
export function reportDaysOf(organisation: {
  monthReportDay: number;
  quarterReportDay: number;
  halfReportDay: number;
  nineReportDay: number;
  yearReportDay: number;
}): Record<PeriodKind, number> {
  return {
    month: organisation.monthReportDay,
    quarter: organisation.quarterReportDay,
    half: organisation.halfReportDay,
    nine: organisation.nineReportDay,
    year: organisation.yearReportDay,
  };
}

export async function findDeadlineSettings({ organisationId }: { organisationId: string }) {
  return db().organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { parentId: true, dueDay: true, ...reportDaysSelect },
  });
}

export interface UnitDeadline {
  yearMonth: number;
  unit: { id: string; name: string };
  due: Date;
  doneAt: Date | null;
  state: DeadlineState;
}

export interface ReportDeadline {
  period: Period;
  code: string;
  due: Date;
  /** When the report was sent up (signed, for an organisation at the top of its tree). */
  doneAt: Date | null;
  state: DeadlineState;
  /** The report furthest along for the period, if one is begun. */
  report: { id: string; status: string } | null;
}

const statusRank: Record<string, number> = { draft: 0, for_signature: 1, signed: 2 };

/** The units' figures and the reports due in each of the months, for `today`. */
export async function findCalendar({
  organisationId,
  months,
  today,
}: {
  organisationId: string;
  months: number[];
  today: Date;
}) {
  const periods = months.flatMap(reportsDueIn);
  const [settings, units, submissions, reports, sentUp] = await Promise.all([
    findDeadlineSettings({ organisationId }),
    db().unit.findMany({
      where: { organisationId, fields: { some: {} } },
      orderBy: { code: "asc" },
      select: { id: true, name: true, dueDay: true },
    }),
    db().monthSubmission.findMany({
      where: { organisationId, yearMonth: { in: months } },
      select: { yearMonth: true, unitId: true, submittedAt: true },
    }),
    db().report.findMany({
      where: { organisationId, period: { in: periods.map(formatPeriodCode) } },
      select: {
        id: true,
        kind: true,
        period: true,
        status: true,
        events: { where: { status: "signed" }, orderBy: { at: "desc" }, take: 1, select: { at: true } },
      },
    }),
    db().submission.findMany({
      where: { organisationId, period: { in: periods.map(formatPeriodCode) }, state: { not: "returned" } },
      select: { period: true, submittedAt: true },
    }),
  ]);
  const submitted = new Map(submissions.map((s) => [`${s.yearMonth}:${s.unitId}`, s.submittedAt]));
  const unitDeadlines: UnitDeadline[] = months.flatMap((yearMonth) =>
    units.map((unit) => {
      const due = unitFiguresDue(yearMonth, unit.dueDay ?? settings.dueDay);
      const doneAt = submitted.get(`${yearMonth}:${unit.id}`) ?? null;
      return {
        yearMonth,
        unit: { id: unit.id, name: unit.name },
        due,
        doneAt,
        state: deadlineState(due, doneAt, today),
      };
    }),
  );
  const reportDays = reportDaysOf(settings);
  const reportDeadlines: ReportDeadline[] = periods.map((period) => {
    const code = formatPeriodCode(period);
    const report = reports
      .filter((r) => r.period === code)
      .sort((a, b) => statusRank[b.status] - statusRank[a.status])[0];
    const signedAt = report?.status === "signed" ? (report.events[0]?.at ?? null) : null;
    const doneAt = settings.parentId ? (sentUp.find((s) => s.period === code)?.submittedAt ?? null) : signedAt;
    const due = reportDue(period, reportDays);
    return {
      period,
      code,
      due,
      doneAt,
      state: deadlineState(due, doneAt, today),
      report: report ? { id: report.id, status: report.status } : null,
    };
  });
  return { units: unitDeadlines, reports: reportDeadlines.sort((a, b) => a.due.getTime() - b.due.getTime()) };
}
