"use server";

import { revalidatePath } from "next/cache";
import { withActor, type ActionResult } from "@/lib/auth/action";
import { AppError } from "@/lib/errors";
import { parseLocaleNumber } from "@/lib/format/number";
import { saveTargets } from "./mutations";
import { targetsInput } from "./schema";

export type TargetsState = ActionResult;

/** The targets form: one input per indicator named `target:<code>`, Vietnamese numbers. */
export async function saveTargetsAction(_: TargetsState, form: FormData): Promise<TargetsState> {
  return withActor(async (actor, t) => {
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
  });
}
