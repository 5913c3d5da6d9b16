"use server";

import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { getDictionary } from "@/lib/i18n/dictionary";
import { yearMonthOfCode } from "@/lib/values/schema";
import { addActivity, removeActivity } from "./mutations";
import { addActivityInput } from "./schema";

export type ActivityState = { ok: boolean; message?: string };

export async function addActivityAction(_: ActivityState, form: FormData): Promise<ActivityState> {
  const actor = await getSessionUser();
  const t = getDictionary(actor?.locale ?? "vi");
  try {
    if (!actor) throw new AppError("unauthorized");
    const input = addActivityInput.safeParse(Object.fromEntries(form));
    if (!input.success) throw new AppError("invalid");
    await addActivity({ actor, yearMonth: yearMonthOfCode(input.data.month), fieldCode: input.data.field, kind: input.data.kind, text: input.data.text });
    revalidatePath("/entry");
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: t.errors[error.code] };
    throw error;
  }
}

export async function removeActivityAction(form: FormData): Promise<void> {
  const actor = await getSessionUser();
  if (!actor) return;
  await removeActivity({ actor, id: String(form.get("id")) });
  revalidatePath("/entry");
}
