import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/data";
import { hasRole, type Role } from "@/lib/auth/roles";
import { waitMinutes } from "@/lib/auth/sign-in-error";
import { databaseBusy } from "@/lib/db/busy";
import { isAppError, type AppError, type AppErrorCode } from "@/lib/errors";
import { unstorablePath } from "@/lib/forms/storable";
import { fill, getDictionary, type Dictionary, type Locale } from "@/lib/i18n/dictionary";
import { issueFieldErrors, issueText, validationText } from "./issues";
import type { ActionFailure, ActionResult } from "./result";

// How every server action runs: who asks, their input through the schema, the role, the work, and
// one answer (lib/actions/result.ts) in the user's language. define.ts gives it the request's user.

/** What an action answers besides `ok`, `code` and `message`: what its work returned, if anything (nothing after a redirect). */
export type ActionData<R> = [R] extends [never] ? object : R extends object ? R : object;

export interface ActionSpec<S extends z.ZodType, R, Public extends boolean = false> {
  /** The input's schema, or one per language (numbers typed the user's way); its issues come back as fieldErrors. */
  schema: S | ((locale: Locale) => S);
  /** Roles allowed (lists of lib/auth/roles.ts); any signed-in user when absent. */
  roles?: readonly Role[];
  /** A rule that needs the input too, from lib/auth/roles.ts. */
  allow?: (actor: SessionUser, input: z.output<S>) => boolean;
  /** For the first-run page and the language switch: no signed-in user needed. */
  public?: Public;
  /** The work; what it returns is added to the answer. The mutations it calls check the actor again. */
  run: (call: {
    actor: Public extends true ? SessionUser | null : SessionUser;
    input: z.output<S>;
    t: Dictionary;
  }) => Promise<R>;
  /** `saved` (default) for a change, `done` for an answer that changes nothing. */
  code?: "saved" | "done";
  /** The confirmation (default: "Đã lưu." for `saved`, none for `done`). */
  done?: (t: Dictionary, data: ActionData<R>) => string;
  /** This action's own wording of some refusals (a locked report is "no longer a draft"). */
  refusals?: Partial<Record<AppErrorCode, (t: Dictionary) => string>>;
  /** The form field of a schema path or an error's path, when they differ (`admin.username` → `adminUsername`). */
  fields?: (path: string) => string;
  /** Passes an AppError's details on to the page (the entry grid's per-cell checks and conflicts). */
  details?: boolean;
}

export interface ActionContext {
  actor: SessionUser | null;
  /** The user's language, or the request's before sign-in. */
  locale: Locale;
}

type Detail = { path?: unknown; indicator?: unknown; message?: unknown; params?: Record<string, string | number> };

/** Every detail naming a field (by `path`, or by `indicator` for figures), its message beside it; several join by lines. */
function detailFieldErrors(
  details: unknown[],
  t: Dictionary,
  fieldOf: (path: string) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const detail of details as Detail[]) {
    const where = detail?.path ?? detail?.indicator;
    if (typeof where !== "string") continue;
    const text =
      validationText(detail.message, t, detail.params) ??
      (typeof detail.message === "string" ? detail.message : t.validation.invalid);
    const field = fieldOf(where);
    errors[field] = errors[field] ? `${errors[field]}\n${text}` : text;
  }
  return errors;
}

function refusal(
  code: ActionFailure["code"],
  message: string,
  fieldErrors: Record<string, string> = {},
): ActionFailure {
  return { ok: false, code, message, fieldErrors };
}

/** An expected failure: refused fields beside their inputs when the input was invalid, else one message naming why. */
function appErrorResult(
  error: AppError,
  t: Dictionary,
  spec: Pick<ActionSpec<z.ZodType, unknown>, "refusals" | "fields" | "details">,
): ActionFailure {
  const own = spec.refusals?.[error.code]?.(t);
  const result = (message: string, fieldErrors: Record<string, string> = {}) => ({
    ...refusal(error.code, own ?? message, fieldErrors),
    ...(spec.details ? { details: error.details } : {}),
  });
  if (error.code === "invalid") {
    const fieldErrors = detailFieldErrors(error.details, t, spec.fields ?? ((path) => path));
    return result(Object.keys(fieldErrors).length ? t.forms.invalid : t.errors.invalid, fieldErrors);
  }
  if (error.code === "tooMany" && error.retryAfter)
    return result(fill(t.forms.tooMany, { minutes: waitMinutes(error.retryAfter) }));
  // A refusal that names its reason ("alreadySetUp") says it rather than the code's general text.
  const named = (error.details as Detail[]).map((d) => validationText(d?.message, t)).find(Boolean);
  return result(named ?? t.errors[error.code]);
}

/** The fields (top-level names) holding text PostgreSQL cannot store (a NUL, a lone surrogate): refused before the schema. */
function unstorableFields(input: unknown): string[] {
  if (!input || typeof input !== "object" || Array.isArray(input)) return [];
  return Object.entries(input)
    .filter(([key, value]) => unstorablePath({ [key]: value }) !== null)
    .map(([key]) => key);
}

/** Runs one call of an action: never throws but for Next's own signals (a redirect). */
export async function performAction<S extends z.ZodType, R, Public extends boolean>(
  spec: ActionSpec<S, R, Public>,
  raw: unknown,
  context: () => Promise<ActionContext>,
): Promise<ActionResult<ActionData<R>>> {
  let t = getDictionary("vi");
  try {
    const { actor, locale } = await context();
    t = getDictionary(locale);
    if (!spec.public && !actor) return refusal("unauthorized", t.errors.unauthorized);
    if (actor && spec.roles && !hasRole(actor, spec.roles)) return refusal("forbidden", t.errors.forbidden);
    const invalid = (fieldErrors: Record<string, string>): ActionFailure => ({
      ...refusal("invalid", t.forms.invalid, fieldErrors),
      ...(spec.details ? { details: Object.entries(fieldErrors).map(([path, message]) => ({ path, message })) } : {}),
    });
    const nul = unstorableFields(raw);
    if (nul.length) return invalid(Object.fromEntries(nul.map((field) => [field, t.validation.nul])));
    const schema = typeof spec.schema === "function" ? spec.schema(locale) : spec.schema;
    const parsed = await schema.safeParseAsync(raw, { error: (issue) => issueText(issue, t) });
    if (!parsed.success) return invalid(issueFieldErrors(parsed.error.issues, t, spec.fields));
    if (actor && spec.allow && !spec.allow(actor, parsed.data)) return refusal("forbidden", t.errors.forbidden);
    const data = ((await spec.run({ actor: actor as SessionUser, input: parsed.data, t })) ?? {}) as ActionData<R>;
    const code = spec.code ?? "saved";
    return { ok: true, code, message: spec.done?.(t, data) ?? (code === "saved" ? t.forms.saved : ""), ...data };
  } catch (error) {
    unstable_rethrow(error);
    if (isAppError(error)) return appErrorResult(error, t, spec);
    const busy = databaseBusy(error);
    if (busy) return appErrorResult(busy, t, spec);
    // Logged for the operator; the user is told nothing of the internals.
    console.error(error);
    return refusal("internal", t.errors.internal);
  }
}
