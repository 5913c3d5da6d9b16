import { Link } from "@/components/link";
import type { SessionUser } from "@/lib/auth/data";
import { canAdminister, hasRole, monthLockers, submitsOwnUnit } from "@/lib/auth/roles";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { codeOfYearMonth } from "@/lib/values/schema";
import { lockMonthAction, submitMonthAction, unlockMonthAction } from "@/lib/workflow/actions";
import { findCompleteness, unitsNotSubmitted } from "@/lib/workflow/data";
import { monthLabel, monthStatus } from "@/lib/workflow/status";
import { StatusBadge } from "./status-badge";
import { WorkflowButton } from "./workflow-button";

/** The month's state for the user's unit, and the steps this user may take. */
export async function WorkflowBar({
  user,
  yearMonth,
  locked,
}: {
  user: SessionUser;
  yearMonth: number;
  locked: boolean;
}) {
  const t = getDictionary(user.locale);
  const month = codeOfYearMonth(yearMonth);
  const board = await findCompleteness({ organisationId: user.organisationId, months: [yearMonth] });
  const submitted = user.unitId ? board.submissions.has(`${yearMonth}:${user.unitId}`) : false;
  const status = monthStatus({ locked, submitted });
  const label = { open: t.entry.statusOpen, submitted: t.entry.statusSubmitted, locked: t.entry.statusLocked }[status];
  const pending = unitsNotSubmitted(board, yearMonth);
  const lockConfirm = {
    title: fill(t.entry.lockTitle, { month: monthLabel(yearMonth) }),
    cancel: t.entry.cancel,
    body: (
      <>
        <p>{t.entry.lockBody}</p>
        {pending.length ? (
          <div data-testid="units-not-submitted">
            <p className="font-medium text-amber-800">
              {fill(t.entry.notSubmitted, {
                n: pending.length,
                total: board.units.filter((u) => u.fields.length).length,
              })}
            </p>
            <ul className="list-disc pl-5">
              {pending.map((u) => (
                <li key={u.id}>{u.name}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p data-testid="units-not-submitted">{t.entry.allSubmitted}</p>
        )}
      </>
    ),
  };
  return (
    <div className="no-print flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-2">
      <StatusBadge data-testid="month-status" status={status}>
        {label}
      </StatusBadge>
      {!locked && submitsOwnUnit(user) && (
        <WorkflowButton
          action={submitMonthAction}
          month={month}
          label={submitted ? t.entry.resubmit : t.entry.submit}
        />
      )}
      {!locked && hasRole(user, monthLockers) && (
        <WorkflowButton action={lockMonthAction} month={month} label={t.entry.lock} confirm={lockConfirm} />
      )}
      {locked && canAdminister(user) && (
        <WorkflowButton
          action={unlockMonthAction}
          month={month}
          label={t.entry.unlock}
          reasonLabel={t.entry.unlockReason}
          variant="destructive"
        />
      )}
      <Link href={`/entry/status?month=${month}`} className="ml-auto text-sm text-brand-700 underline">
        {t.entry.board}
      </Link>
    </div>
  );
}
