"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withActor, type ActionResult } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/data";
import { AppError } from "@/lib/errors";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { monthCode, yearMonthOfCode } from "@/lib/values/schema";
import { findCompleteness, unitProgress } from "./data";
import { lockMonth, submitMonth, unlockMonth } from "./mutations";
import { monthLabel } from "./status";

export type WorkflowState = ActionResult;

const input = z.object({ month: monthCode, unitId: z.string().optional(), reason: z.string().max(500).optional() });

/** A step; what it returns is the message that confirms it. */
type Step = (args: { actor: SessionUser; yearMonth: number; unitId?: string; reason?: string }, t: Dictionary) => Promise<string | void>;

async function run(form: FormData, step: Step): Promise<WorkflowState> {
  return withActor(async (actor, t) => {
    const parsed = input.safeParse(Object.fromEntries(form));
    if (!parsed.success) throw new AppError("invalid");
    const message = await step({ actor, yearMonth: yearMonthOfCode(parsed.data.month), unitId: parsed.data.unitId, reason: parsed.data.reason }, t);
    revalidatePath("/entry");
    return { ok: true, message: message ?? undefined };
  });
}

/** Submits the unit's month and says what was sent: the month, the unit and how many of its figures are entered. */
export async function submitMonthAction(_: WorkflowState, form: FormData): Promise<WorkflowState> {
  return run(form, async ({ actor, yearMonth, unitId }, t) => {
    const unit = unitId ?? actor.unitId ?? "";
    await submitMonth({ actor, yearMonth, unitId: unit });
    const board = await findCompleteness({ organisationId: actor.organisationId, months: [yearMonth] });
    const submitted = board.units.find((u) => u.id === unit)!;
    return fill(t.entry.submittedMessage, { month: monthLabel(yearMonth), unit: submitted.name, ...unitProgress(board, yearMonth, submitted) });
  });
}

export async function lockMonthAction(_: WorkflowState, form: FormData): Promise<WorkflowState> {
  return run(form, ({ actor, yearMonth }) => lockMonth({ actor, yearMonth }));
}

export async function unlockMonthAction(_: WorkflowState, form: FormData): Promise<WorkflowState> {
  return run(form, ({ actor, yearMonth, reason }) => unlockMonth({ actor, yearMonth, reason: reason ?? "" }));
}
