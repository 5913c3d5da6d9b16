"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define";
import { administrators } from "@/lib/auth/roles";
import { createToken, revokeToken } from "./mutations";
import { createTokenInput, revokeTokenInput } from "./schema";

/** A new token, in the answer only: it is shown once and never stored. */
export const createTokenAction = defineFormAction({
  roles: administrators,
  schema: createTokenInput,
  done: (t) => t.admin.tokenShownOnce,
  run: async ({ actor, input }) => {
    const token = await createToken({ organisationId: actor.organisationId, ...input });
    revalidatePath("/admin/tokens");
    return { token };
  },
});

export const revokeTokenAction = defineFormAction({
  roles: administrators,
  schema: revokeTokenInput,
  done: (t) => t.admin.tokenRevoked,
  run: async ({ actor, input }) => {
    await revokeToken({ organisationId: actor.organisationId, tokenId: input.tokenId });
    revalidatePath("/admin/tokens");
  },
});
