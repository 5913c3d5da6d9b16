"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { getDictionary } from "@/lib/i18n/dictionary";
import { monthCode, yearMonthOfCode } from "@/lib/values/schema";
import { lockMonth, submitMonth, unlockMonth } from "./mutations";

export type WorkflowState = { ok: boolean; message?: string };

const input = z.object({ month: monthCode, unitId: z.string().optional(), reason: z.string().max(500).optional() });

async function run(form: FormData, action: (args: { actor: NonNullable<Awaited<ReturnType<typeof getSessionUser>>>; yearMonth: number; unitId?: string; reason?: string }) => Promise<void>): Promise<WorkflowState> {
  const actor = await getSessionUser();
  const t = getDictionary(actor?.locale ?? "vi");
  try {
    if (!actor) throw new AppError("unauthorized");
    const parsed = input.safeParse(Object.fromEntries(form));
    if (!parsed.success) throw new AppError("invalid");
    await action({ actor, yearMonth: yearMonthOfCode(parsed.data.month), unitId: parsed.data.unitId, reason: parsed.data.reason });
    revalidatePath("/entry");
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: t.errors[error.code] };
    throw error;
  }
}

export async function submitMonthAction(_: WorkflowState, form: FormData): Promise<WorkflowState> {
  return run(form, ({ actor, yearMonth, unitId }) => submitMonth({ actor, yearMonth, unitId: unitId ?? actor.unitId ?? "" }));
}

export async function lockMonthAction(_: WorkflowState, form: FormData): Promise<WorkflowState> {
  return run(form, ({ actor, yearMonth }) => lockMonth({ actor, yearMonth }));
}

export async function unlockMonthAction(_: WorkflowState, form: FormData): Promise<WorkflowState> {
  return run(form, ({ actor, yearMonth, reason }) => unlockMonth({ actor, yearMonth, reason: reason ?? "" }));
}
