import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { getDictionary, type Dictionary } from "@/lib/i18n/dictionary";
import type { SessionUser } from "./data";
import { getSessionUser } from "./session";

export type ActionResult = { ok: boolean; message?: string };

/**
 * The frame of a form's server action: the signed-in user and their dictionary, and expected
 * failures answered as a message in their language instead of thrown.
 */
export async function withActor<R extends ActionResult>(body: (actor: SessionUser, t: Dictionary) => Promise<R>): Promise<R | { ok: false; message: string }> {
  const actor = await getSessionUser();
  const t = getDictionary(actor?.locale ?? "vi");
  try {
    if (!actor) throw new AppError("unauthorized");
    return await body(actor, t);
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: t.errors[error.code] };
    throw error;
  }
}
