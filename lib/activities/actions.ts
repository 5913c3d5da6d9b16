"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { yearMonthOfCode } from "@/lib/values/schema";
import { addActivity, removeActivity } from "./mutations";
import { addActivityInput, removeActivityInput } from "./schema";

// A locked month answers with the items' own message rather than the figures' one.
const refusals = { locked: (t: Dictionary) => t.activities.locked };

export const addActivityAction = defineFormAction({
  schema: addActivityInput,
  refusals,
  run: async ({ actor, input }) => {
    await addActivity({
      actor,
      yearMonth: yearMonthOfCode(input.month),
      fieldCode: input.field,
      kind: input.kind,
      text: input.text,
    });
    revalidatePath("/entry");
  },
});

export const removeActivityAction = defineFormAction({
  schema: removeActivityInput,
  refusals,
  run: async ({ actor, input }) => {
    await removeActivity({ actor, id: input.id });
    revalidatePath("/entry");
  },
});
