import "server-only";
import { db } from "@/lib/db/client";

/**
 * Failed sign-ins (or wrong bearer tokens) allowed per key in one window, then a wait until the
 * window ends. An address gets more: a whole office often signs in through one NAT address.
 */
export const failureLimit = { attempts: 5, addressAttempts: 20, windowSeconds: 15 * 60 } as const;

export interface LimitKey {
  key: string;
  attempts: number;
}

/** The limiter's keys: one per account, one per address; API tokens and set-up codes count per address on their own. */
export const limitKeys = {
  user: (username: string): LimitKey => ({ key: `user:${username.trim().toLowerCase()}`, attempts: failureLimit.attempts }),
  ip: (ip: string): LimitKey => ({ key: `ip:${ip}`, attempts: failureLimit.addressAttempts }),
  tokenIp: (ip: string): LimitKey => ({ key: `token-ip:${ip}`, attempts: failureLimit.attempts }),
  setupIp: (ip: string): LimitKey => ({ key: `setup-ip:${ip}`, attempts: failureLimit.attempts }),
};

/**
 * The caller's address: the first entry of `x-forwarded-for` (set by the reverse proxy, or by Next
 * from the socket), else `x-real-ip`. Accepts a Headers object or next-auth's plain header record.
 */
export function clientIp(headers: Headers | Record<string, unknown> | undefined): string {
  const get = (name: string): string | undefined => {
    if (!headers) return undefined;
    if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? undefined;
    const value = (headers as Record<string, unknown>)[name];
    return Array.isArray(value) ? String(value[0]) : typeof value === "string" ? value : undefined;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || get("x-real-ip")?.trim() || "unknown").slice(0, 100);
}

/** Seconds until every key may try again: 0 when none has reached the limit in its current window. */
export async function getRetryAfter(keys: LimitKey[]): Promise<number> {
  const rows = await db().$queryRaw<{ wait: number | null }[]>`
    SELECT max(ceil(extract(epoch FROM (a."windowStart" + make_interval(secs => ${failureLimit.windowSeconds}) - now()))))::int AS wait
    FROM "LoginAttempt" a JOIN unnest(${keys.map((k) => k.key)}::text[], ${keys.map((k) => k.attempts)}::int[]) AS l(key, attempts) ON l.key = a.key
    WHERE a.count >= l.attempts AND a."windowStart" > now() - make_interval(secs => ${failureLimit.windowSeconds})`;
  return Math.max(0, rows[0]?.wait ?? 0);
}

/**
 * Counts one failure against each key in one atomic statement (a window that has ended starts
 * again at 1); answers the seconds to wait when a key has now reached the limit, else 0.
 */
export async function recordFailure(keys: LimitKey[]): Promise<number> {
  const rows = await db().$queryRaw<{ key: string; count: number; wait: number }[]>`
    INSERT INTO "LoginAttempt" AS a (key, count, "windowStart")
    SELECT k, 1, now() FROM unnest(${keys.map((k) => k.key)}::text[]) AS k
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN a."windowStart" <= now() - make_interval(secs => ${failureLimit.windowSeconds}) THEN 1 ELSE a.count + 1 END,
      "windowStart" = CASE WHEN a."windowStart" <= now() - make_interval(secs => ${failureLimit.windowSeconds}) THEN now() ELSE a."windowStart" END
    RETURNING a.key, a.count, ceil(extract(epoch FROM (a."windowStart" + make_interval(secs => ${failureLimit.windowSeconds}) - now())))::int AS wait`;
  const reached = rows.filter((r) => r.count >= (keys.find((k) => k.key === r.key)?.attempts ?? failureLimit.attempts));
  return reached.length ? Math.max(1, ...reached.map((r) => r.wait)) : 0;
}

/** Forgets the failures of a key (an account after a successful sign-in). */
export async function resetFailures({ key }: LimitKey): Promise<void> {
  await db().$executeRaw`DELETE FROM "LoginAttempt" WHERE key = ${key}`;
}
