import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { canEditField } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { holdMonthOpen } from "@/lib/workflow/month-guard";

/** Adds a done or planned item to a month of the user's organisation; refused (locked) once the month is locked. */
export async function addActivity({
  actor,
  yearMonth,
  fieldCode,
  kind,
  text,
}: {
  actor: SessionUser;
  yearMonth: number;
  fieldCode: string;
  kind: "done" | "plan";
  text: string;
}): Promise<void> {
  if (!canEditField(actor, actor.organisationId, fieldCode)) throw new AppError("forbidden");
  const organisationId = actor.organisationId;
  await db().$transaction(async (tx) => {
    await holdMonthOpen(tx, { organisationId, yearMonth });
    await tx.activity.create({
      data: { organisationId, yearMonth, fieldCode, kind, text, createdById: actor.id },
      select: { id: true },
    });
  });
}

/** Removes an item of an open month; refused (locked) once its month is locked. */
export async function removeActivity({ actor, id }: { actor: SessionUser; id: string }): Promise<void> {
  const organisationId = actor.organisationId;
  await db().$transaction(async (tx) => {
    const activity = await tx.activity.findFirst({
      where: { id, organisationId },
      select: { fieldCode: true, yearMonth: true },
    });
    if (!activity) throw new AppError("notFound");
    if (!canEditField(actor, organisationId, activity.fieldCode)) throw new AppError("forbidden");
    await holdMonthOpen(tx, { organisationId, yearMonth: activity.yearMonth });
    const { count } = await tx.activity.deleteMany({ where: { id, organisationId } });
    if (count === 0) throw new AppError("notFound");
  });
}
