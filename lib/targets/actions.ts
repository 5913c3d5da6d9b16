"use server";

import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { parseLocaleNumber } from "@/lib/format/number";
import { getDictionary } from "@/lib/i18n/dictionary";
import { saveTargets } from "./mutations";
import { targetsInput } from "./schema";

export type TargetsState = { ok: boolean; message?: string };

/** The targets form: one input per indicator named `target:<code>`, Vietnamese numbers. */
export async function saveTargetsAction(_: TargetsState, form: FormData): Promise<TargetsState> {
  const actor = await getSessionUser();
  const t = getDictionary(actor?.locale ?? "vi");
  try {
    if (!actor) throw new AppError("unauthorized");
    const targets = [...form.entries()]
      .filter(([key]) => key.startsWith("target:"))
      .map(([key, raw]) => {
        const text = String(raw).trim();
        const parsed = parseLocaleNumber(text, actor.locale);
        if (text && !parsed.ok) throw new AppError("invalid", [{ indicator: key.slice(7) }]);
        return { indicator: key.slice(7), value: text && parsed.ok ? parsed.value : null };
      });
    const input = targetsInput.safeParse({ year: form.get("year"), targets });
    if (!input.success) throw new AppError("invalid");
    await saveTargets({ actor, input: input.data });
    revalidatePath("/entry/targets");
    return { ok: true, message: t.targets.saved };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: t.errors[error.code] };
    throw error;
  }
}
