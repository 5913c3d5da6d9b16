import "server-only";
import { db } from "@/lib/db/client";
import { findCalendar } from "@/lib/deadlines/data";
import { addMonths, formatPeriodCode, monthOf } from "@/lib/periods/period";
import { codeOfYearMonth } from "@/lib/values/schema";
import { notify, usersWith } from "./notify";

// Reminders from the calendar (lib/deadlines): a unit's figures due within 3 days go to its staff,
// overdue ones also to the office; a report due soon or overdue to the office (and overdue to the
// directors). Each is made once per user and key, however often the job runs and in how many
// processes: the keys name the month, the unit or the period.

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Makes the reminders of every organisation with units for `today`: this month's and last month's. Answers how many were new. */
export async function makeReminders(today = new Date()): Promise<number> {
  const organisations = await db().organisation.findMany({
    where: { units: { some: { fields: { some: {} } } } },
    select: { id: true },
  });
  const months = [addMonths(monthOf(today), -1), monthOf(today)];
  let made = 0;
  for (const { id: organisationId } of organisations) {
    const calendar = await findCalendar({ organisationId, months, today });
    const office = await usersWith({ organisationId, roles: ["compiler"] });
    const directors = await usersWith({ organisationId, roles: ["director"] });
    for (const unit of calendar.units) {
      if (unit.state !== "dueSoon" && unit.state !== "missing") continue;
      const staff = await usersWith({ organisationId, roles: ["editor", "compiler"], unitId: unit.unit.id });
      const kind = unit.state === "dueSoon" ? "figures_due_soon" : "figures_overdue";
      const params = { month: codeOfYearMonth(unit.yearMonth), unit: unit.unit.name, due: isoDay(unit.due) };
      made += await notify(kind === "figures_overdue" ? [...staff, ...office] : staff, {
        kind,
        params,
        link: `/entry?month=${codeOfYearMonth(unit.yearMonth)}`,
        key: `${kind}:${unit.yearMonth}:${unit.unit.id}`,
      });
    }
    for (const report of calendar.reports) {
      if (report.state !== "dueSoon" && report.state !== "missing") continue;
      const kind = report.state === "dueSoon" ? "report_due_soon" : "report_overdue";
      const link = report.report ? `/reports/${report.report.id}` : "/reports";
      made += await notify(kind === "report_overdue" ? [...office, ...directors] : office, {
        kind,
        params: { period: formatPeriodCode(report.period), due: isoDay(report.due) },
        link,
        key: `${kind}:${report.code}`,
      });
    }
  }
  return made;
}
