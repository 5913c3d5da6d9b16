"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define";
import { administrators, canSubmitMonth, monthLockers } from "@/lib/auth/roles";
import { fill } from "@/lib/i18n/dictionary";
import { monthCode, yearMonthOfCode } from "@/lib/values/schema";
import { findCompleteness, unitProgress } from "./data";
import { lockMonth, submitMonth, unlockMonth } from "./mutations";
import { monthLabel } from "./status";

const step = z.object({ month: monthCode.transform(yearMonthOfCode), unitId: z.string().optional() });
/** Unlocking says why (kept in the month's workflow history). */
const unlockStep = step.extend({ reason: z.string().trim().min(1).max(500) });

/** Submits the unit's month and says what was sent: the month, the unit and how many of its figures are entered. */
export const submitMonthAction = defineFormAction({
  schema: step,
  allow: (actor, input) => canSubmitMonth(actor, input.unitId ?? actor.unitId ?? ""),
  run: async ({ actor, input: { month: yearMonth, unitId }, t }) => {
    const unit = unitId ?? actor.unitId ?? "";
    await submitMonth({ actor, yearMonth, unitId: unit });
    revalidatePath("/entry");
    const board = await findCompleteness({ organisationId: actor.organisationId, months: [yearMonth] });
    const submitted = board.units.find((u) => u.id === unit)!;
    return {
      sent: fill(t.entry.submittedMessage, {
        month: monthLabel(yearMonth),
        unit: submitted.name,
        ...unitProgress(board, yearMonth, submitted),
      }),
    };
  },
  done: (_, { sent }) => sent,
});

export const lockMonthAction = defineFormAction({
  schema: step,
  roles: monthLockers,
  run: async ({ actor, input }) => {
    await lockMonth({ actor, yearMonth: input.month });
    revalidatePath("/entry");
  },
});

export const unlockMonthAction = defineFormAction({
  schema: unlockStep,
  roles: administrators,
  run: async ({ actor, input }) => {
    await unlockMonth({ actor, yearMonth: input.month, reason: input.reason });
    revalidatePath("/entry");
  },
});
