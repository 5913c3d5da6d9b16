import Link from "next/link";
import { Badge } from "@/components/ui/alert";
import type { SessionUser } from "@/lib/auth/data";
import { hasRole } from "@/lib/auth/roles";
import { getDictionary } from "@/lib/i18n/dictionary";
import { codeOfYearMonth } from "@/lib/values/schema";
import { lockMonthAction, submitMonthAction, unlockMonthAction } from "@/lib/workflow/actions";
import { findCompleteness } from "@/lib/workflow/data";
import { monthStatus } from "@/lib/workflow/status";
import { WorkflowButton } from "./workflow-button";

/** The month's state for the user's unit, and the steps this user may take. */
export async function WorkflowBar({ user, yearMonth, locked }: { user: SessionUser; yearMonth: number; locked: boolean }) {
  const t = getDictionary(user.locale);
  const month = codeOfYearMonth(yearMonth);
  const { submissions } = await findCompleteness({ organisationId: user.organisationId, months: [yearMonth] });
  const submitted = user.unitId ? submissions.has(`${yearMonth}:${user.unitId}`) : false;
  const status = monthStatus({ locked, submitted });
  const label = { open: t.entry.statusOpen, submitted: t.entry.statusSubmitted, locked: t.entry.statusLocked }[status];
  return (
    <div className="no-print flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-2">
      <Badge data-testid="month-status" className={status === "locked" ? "bg-slate-800 text-white" : status === "submitted" ? "bg-emerald-100 text-emerald-800" : undefined}>
        {label}
      </Badge>
      {!locked && user.unitId && user.role === "editor" && !submitted && <WorkflowButton action={submitMonthAction} month={month} label={t.entry.submit} />}
      {!locked && hasRole(user, ["admin", "compiler", "director"]) && <WorkflowButton action={lockMonthAction} month={month} label={t.entry.lock} />}
      {locked && user.role === "admin" && <WorkflowButton action={unlockMonthAction} month={month} label={t.entry.unlock} reasonLabel={t.entry.unlockReason} variant="destructive" />}
      <Link href={`/entry/status?month=${month}`} className="ml-auto text-sm text-brand-700 underline">
        {t.entry.board}
      </Link>
    </div>
  );
}
