"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define";
import { targetSetters } from "@/lib/auth/roles";
import { saveTargets } from "./mutations";
import { targetsFields, targetsForm } from "./schema";

/** The targets form: one input per indicator named `target:<code>`, numbers typed the user's way; a refused target is named beside its input. */
export const saveTargetsAction = defineFormAction({
  roles: targetSetters,
  schema: targetsForm,
  read: targetsFields,
  fields: (path) => (path === "year" ? path : `target:${path.replace(/^targets\./, "")}`),
  done: (t) => t.targets.saved,
  run: async ({ actor, input }) => {
    const targets = Object.entries(input.targets).map(([indicator, value]) => ({ indicator, value }));
    await saveTargets({ actor, input: { year: input.year, targets } });
    revalidatePath("/entry/targets");
  },
});
