import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { canEditField } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function addActivity({ actor, yearMonth, fieldCode, kind, text }: { actor: SessionUser; yearMonth: number; fieldCode: string; kind: "done" | "plan"; text: string }): Promise<void> {
  if (!canEditField(actor, actor.organisationId, fieldCode)) throw new AppError("forbidden");
  await db().activity.create({ data: { organisationId: actor.organisationId, yearMonth, fieldCode, kind, text, createdById: actor.id }, select: { id: true } });
}

export async function removeActivity({ actor, id }: { actor: SessionUser; id: string }): Promise<void> {
  const activity = await db().activity.findFirst({ where: { id, organisationId: actor.organisationId }, select: { fieldCode: true } });
  if (!activity) throw new AppError("notFound");
  if (!canEditField(actor, actor.organisationId, activity.fieldCode)) throw new AppError("forbidden");
  await db().activity.delete({ where: { id } });
}
