"use server";

import { revalidatePath } from "next/cache";
import { withActor, type ActionResult } from "@/lib/auth/action";
import { AppError, isAppError } from "@/lib/errors";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { yearMonthOfCode } from "@/lib/values/schema";
import { addActivity, removeActivity } from "./mutations";
import { addActivityInput, removeActivityInput } from "./schema";

export type ActivityState = ActionResult;

/** A locked month answers with the items' own message rather than the figures' one. */
async function change(t: Dictionary, step: () => Promise<void>): Promise<ActivityState> {
  try {
    await step();
  } catch (error) {
    if (isAppError(error) && error.code === "locked") return { ok: false, message: t.activities.locked };
    throw error;
  }
  revalidatePath("/entry");
  return { ok: true };
}

export async function addActivityAction(_: ActivityState, form: FormData): Promise<ActivityState> {
  return withActor(async (actor, t) => {
    const input = addActivityInput.safeParse(Object.fromEntries(form));
    if (!input.success) throw new AppError("invalid");
    return change(t, () => addActivity({ actor, yearMonth: yearMonthOfCode(input.data.month), fieldCode: input.data.field, kind: input.data.kind, text: input.data.text }));
  });
}

export async function removeActivityAction(_: ActivityState, form: FormData): Promise<ActivityState> {
  return withActor((actor, t) => {
    const input = removeActivityInput.safeParse({ id: form.get("id") });
    if (!input.success) throw new AppError("invalid");
    return change(t, () => removeActivity({ actor, id: input.data.id }));
  });
}
