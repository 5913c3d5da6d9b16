"use server";

import { revalidatePath } from "next/cache";
import { requireActionRole } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { createToken, revokeToken } from "./mutations";
import { createTokenInput, revokeTokenInput } from "./schema";

export type TokenFormState = { ok: boolean; token?: string; message?: "invalid" | "notFound" | "forbidden" };

export async function createTokenAction(_: TokenFormState, form: FormData): Promise<TokenFormState> {
  const parsed = createTokenInput.safeParse({ userId: form.get("userId"), name: form.get("name"), expiresInDays: form.get("expiresInDays") });
  if (!parsed.success) return { ok: false, message: "invalid" };
  try {
    const admin = await requireActionRole("admin");
    const token = await createToken({ organisationId: admin.organisationId, ...parsed.data });
    revalidatePath("/admin/tokens");
    return { ok: true, token };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.code === "notFound" ? "notFound" : "forbidden" };
    throw error;
  }
}

export async function revokeTokenAction(form: FormData): Promise<void> {
  const parsed = revokeTokenInput.safeParse({ tokenId: form.get("tokenId") });
  if (!parsed.success) return;
  const admin = await requireActionRole("admin");
  await revokeToken({ organisationId: admin.organisationId, tokenId: parsed.data.tokenId });
  revalidatePath("/admin/tokens");
}
