import "server-only";
import { z } from "zod";
import { storableText } from "@/lib/forms/fields";
import { findUserForSignIn } from "./data";
import { recordAuthEvent } from "./events";
import { getRetryAfter, limitKeys, recordFailure, resetFailures } from "./limits";
import { unknownUserHash, verifyPassword } from "./password";

// A username the database cannot store (a NUL) is simply wrong, never a database error.
const credentials = z.object({ username: storableText.trim().min(1).max(100), password: z.string().min(1).max(200) });

export type SignInResult =
  | { ok: true; id: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfter: number };

/** The code a refused sign-in reaches the sign-in page with (`?error=locked:<seconds>`). */
export function lockedErrorCode(retryAfter: number): string {
  return `locked:${retryAfter}`;
}

/**
 * Checks a username and password from an address; the answer never tells whether the account
 * exists. An account with too many failures is locked: it answers "locked" with the seconds to
 * wait, without checking the password. An address with too many failures (on any accounts) gets
 * "locked" for each further wrong password, but a right one still signs its user in: the other
 * people of an office behind one address are not locked out by a guesser among them. A success
 * forgets the account's failures.
 */
export async function signInWithPassword(input: unknown, ip: string): Promise<SignInResult> {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { username, password } = parsed.data;
  const account = limitKeys.user(username);
  const user = await findUserForSignIn(username);
  const who = { username, ip, userId: user?.id, organisationId: user?.organisationId };

  const waiting = await getRetryAfter([account]);
  if (waiting > 0) {
    await recordAuthEvent({ ...who, kind: "lockout" });
    return { ok: false, reason: "locked", retryAfter: waiting };
  }
  const valid = await verifyPassword(password, user?.passwordHash ?? unknownUserHash);
  if (user && user.active && valid) {
    await resetFailures(account);
    await recordAuthEvent({ ...who, kind: "signIn" });
    return { ok: true, id: user.id, sessionVersion: user.sessionVersion };
  }
  await recordAuthEvent({ ...who, kind: "failure" });
  const retryAfter = await recordFailure([account, ...limitKeys.ip(ip)]);
  if (retryAfter > 0) {
    await recordAuthEvent({ ...who, kind: "lockout" });
    return { ok: false, reason: "locked", retryAfter };
  }
  return { ok: false, reason: "invalid" };
}
