import { isAppError } from "@/lib/errors";
import { dictionaries } from "@/lib/i18n/dictionary";

// What a caller gets from a route handler or a server action, in the authorisation table's words.
// Actions answer in several shapes today; reading them is this file's job alone, so that when they
// share one result shape only `actionOutcome` changes.

export const outcomes = {
  A: "allowed",
  F: "forbidden",
  U: "unauthorized: signed out, asked to sign in",
  N: "not found: the record is hidden from this user's organisation",
  M: "method not allowed (405), whoever asks",
  "-": "an empty answer, without saying why",
} as const;

/** One of `outcomes`, or what else came back (an error code, a status) so that a failing row says what it got. */
export type Outcome = keyof typeof outcomes | (string & {});

function codeOutcome(code: string): Outcome {
  return ({ unauthorized: "U", forbidden: "F", notFound: "N", methodNotAllowed: "M" } as Record<string, Outcome>)[code] ?? code;
}

export function responseOutcome(response: Response): Outcome {
  const byStatus: Record<number, Outcome> = { 401: "U", 403: "F", 404: "N", 405: "M" };
  return byStatus[response.status] ?? (response.status < 400 ? "A" : String(response.status));
}

export type Settled = { value: unknown } | { error: unknown };

export async function settle(call: () => Promise<unknown>): Promise<Settled> {
  try {
    return { value: await call() };
  } catch (error) {
    return { error };
  }
}

/** next/navigation's redirect() throws an error whose digest is `NEXT_REDIRECT;type;url;status;`. */
function redirectOutcome(error: unknown): Outcome | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT;")) return null;
  const url = digest.split(";")[2];
  if (url.startsWith("/login")) return "U";
  if (url.startsWith("/forbidden")) return "F";
  return "A";
}

// Some actions answer with the user's dictionary's error text rather than its code; the first-run
// form names its refusal (an AppError "forbidden") once an organisation exists.
const codeOfMessage = new Map<string, string>([...Object.values(dictionaries).flatMap((t) => Object.entries(t.errors).map(([code, text]) => [text, code] as const)), ["alreadySetUp", "forbidden"]]);

/**
 * An action's answer: a thrown AppError or redirect; nothing (an action without a result that did
 * its work); a list (empty when it refused); `{ ok, code?, message?, problems? }` with the refusal
 * as a code, as an error code in `message` (FormState) or as the dictionary's text.
 */
export function actionOutcome(settled: Settled): Outcome {
  if ("error" in settled) {
    if (isAppError(settled.error)) return codeOutcome(settled.error.code);
    const redirect = redirectOutcome(settled.error);
    if (redirect) return redirect;
    throw settled.error;
  }
  const { value } = settled;
  if (value === undefined) return "A";
  if (Array.isArray(value)) return value.length ? "A" : "-";
  const result = value as { ok?: boolean; code?: string; message?: string; problems?: unknown[] };
  // An import preview answers ok and lists the rows it refuses (another unit's field, another organisation's file) as problems.
  if (result.ok) return result.problems?.length ? "F" : "A";
  const code = result.code ?? codeOfMessage.get(result.message ?? "") ?? result.message ?? "refused";
  return codeOutcome(code);
}
