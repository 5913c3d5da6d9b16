import "server-only";
import { notify, usersWith } from "@/lib/notifications/notify";
import { codeOfYearMonth } from "@/lib/values/schema";
import { canAdminister, canSubmitMonth, hasRole, monthLockers } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/data";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { holdMonthAlone, holdMonthOpen } from "./month-guard";

interface MonthOf {
  actor: SessionUser;
  yearMonth: number;
}

/** A unit hands in its month; editors for their own unit, the office for any. */
export async function submitMonth({ actor, yearMonth, unitId }: MonthOf & { unitId: string }): Promise<void> {
  if (!canSubmitMonth(actor, unitId)) throw new AppError("forbidden");
  const organisationId = actor.organisationId;
  await db().$transaction(async (tx) => {
    const unit = await tx.unit.findFirst({ where: { id: unitId, organisationId }, select: { id: true } });
    if (!unit) throw new AppError("notFound");
    await holdMonthOpen(tx, { organisationId, yearMonth });
    await tx.monthSubmission.upsert({
      where: { organisationId_yearMonth_unitId: { organisationId, yearMonth, unitId } },
      create: { organisationId, yearMonth, unitId, submittedById: actor.id },
      update: { submittedById: actor.id, submittedAt: new Date() },
    });
    await tx.workflowEvent.create({ data: { organisationId, yearMonth, unitId, action: "submit", userId: actor.id } });
  });
}

/** The office or a director locks a month: read-only for everyone, after the saves already under way. */
export async function lockMonth({ actor, yearMonth }: MonthOf): Promise<void> {
  if (!hasRole(actor, monthLockers)) throw new AppError("forbidden");
  const organisationId = actor.organisationId;
  await db().$transaction(async (tx) => {
    if (await holdMonthAlone(tx, { organisationId, yearMonth })) return;
    // The time the month's writers were held off, not the transaction's start.
    await tx.monthLock.create({ data: { organisationId, yearMonth, lockedById: actor.id, lockedAt: new Date() } });
    const event = await tx.workflowEvent.create({
      data: { organisationId, yearMonth, action: "lock", userId: actor.id },
      select: { id: true },
    });
    const month = codeOfYearMonth(yearMonth);
    await notify(
      await usersWith({ organisationId, roles: ["editor", "compiler"] }, tx),
      { kind: "month_locked", params: { month }, link: `/entry?month=${month}`, key: `month_locked:${event.id}` },
      tx,
    );
  });
}

/** Only an admin unlocks, and says why. */
export async function unlockMonth({ actor, yearMonth, reason }: MonthOf & { reason: string }): Promise<void> {
  if (!canAdminister(actor)) throw new AppError("forbidden");
  if (!reason.trim()) throw new AppError("invalid", [{ path: "reason", message: "required" }]);
  const organisationId = actor.organisationId;
  await db().$transaction(async (tx) => {
    await holdMonthAlone(tx, { organisationId, yearMonth });
    const { count } = await tx.monthLock.deleteMany({ where: { organisationId, yearMonth } });
    if (count === 0) return;
    await tx.workflowEvent.create({
      data: { organisationId, yearMonth, action: "unlock", reason: reason.trim(), userId: actor.id },
    });
  });
}
