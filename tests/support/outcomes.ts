import type { ActionResult } from "@/lib/actions/result";

// What a caller gets from a route handler or a server action, in the authorisation table's words.

export const outcomes = {
  A: "allowed",
  F: "forbidden",
  U: "unauthorized: signed out, asked to sign in",
  N: "not found: the record is hidden from this user's organisation",
  M: "method not allowed (405), whoever asks",
} as const;

/** One of `outcomes`, or what else came back (an error code, a status) so that a failing row says what it got. */
export type Outcome = keyof typeof outcomes | (string & {});

function codeOutcome(code: string): Outcome {
  return (
    ({ unauthorized: "U", forbidden: "F", notFound: "N", methodNotAllowed: "M" } as Record<string, Outcome>)[code] ??
    code
  );
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

/**
 * An action's answer, `{ ok, code, ... }` (lib/actions/result.ts), or a redirect it threw (a
 * created report opens its page; signed out, the first-run page goes to sign in).
 */
export function actionOutcome(settled: Settled): Outcome {
  if ("error" in settled) {
    const redirect = redirectOutcome(settled.error);
    if (redirect) return redirect;
    throw settled.error;
  }
  const result = settled.value as ActionResult<{ problems?: unknown[] }>;
  // An import preview answers ok and lists the rows it refuses (another unit's field, another organisation's file) as problems.
  if (result.ok) return result.problems?.length ? "F" : "A";
  return codeOutcome(result.code);
}
