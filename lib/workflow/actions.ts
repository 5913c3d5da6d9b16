"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withActor, type ActionResult } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/data";
import { AppError } from "@/lib/errors";
import { monthCode, yearMonthOfCode } from "@/lib/values/schema";
import { lockMonth, submitMonth, unlockMonth } from "./mutations";

export type WorkflowState = ActionResult;

const input = z.object({ month: monthCode, unitId: z.string().optional(), reason: z.string().max(500).optional() });

type Step = (args: { actor: SessionUser; yearMonth: number; unitId?: string; reason?: string }) => Promise<void>;

async function run(form: FormData, step: Step): Promise<WorkflowState> {
  return withActor(async (actor) => {
    const parsed = input.safeParse(Object.fromEntries(form));
    if (!parsed.success) throw new AppError("invalid");
    await step({ actor, yearMonth: yearMonthOfCode(parsed.data.month), unitId: parsed.data.unitId, reason: parsed.data.reason });
    revalidatePath("/entry");
    return { ok: true };
  });
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
