"use server";

import { revalidatePath } from "next/cache";
import { withActor, type ActionResult } from "@/lib/auth/action";
import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { yearMonthOfCode } from "@/lib/values/schema";
import { addActivity, removeActivity } from "./mutations";
import { addActivityInput } from "./schema";

export type ActivityState = ActionResult;

export async function addActivityAction(_: ActivityState, form: FormData): Promise<ActivityState> {
  return withActor(async (actor) => {
    const input = addActivityInput.safeParse(Object.fromEntries(form));
    if (!input.success) throw new AppError("invalid");
    await addActivity({ actor, yearMonth: yearMonthOfCode(input.data.month), fieldCode: input.data.field, kind: input.data.kind, text: input.data.text });
    revalidatePath("/entry");
    return { ok: true };
  });
}

export async function removeActivityAction(form: FormData): Promise<void> {
  const actor = await getSessionUser();
  if (!actor) return;
  await removeActivity({ actor, id: String(form.get("id")) });
  revalidatePath("/entry");
}
