// Pure (and small enough for the browser): the sign-in page's message for next-auth's error code (`?error=...`, or `signIn`'s `error`).
/** The wait announced when an account or address is locked out: `locked:<seconds>`. */
export function parseLockedError(error: string | null | undefined): number | null {
  const match = /^locked:(\d+)$/.exec(error ?? "");
  return match ? Number(match[1]) : null;
}

/** A wait announced in whole minutes, at least one. */
export function waitMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** The message for a refused sign-in: the wait in whole minutes when locked out, else "wrong username or password". */
export function signInErrorMessage(
  error: string | null | undefined,
  text: { invalid: string; lockedOut: string },
): string {
  const seconds = parseLockedError(error);
  return seconds === null ? text.invalid : text.lockedOut.replace("{minutes}", String(waitMinutes(seconds)));
}
