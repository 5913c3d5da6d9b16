import "server-only";
import { db } from "@/lib/db/client";
import { unknownAddress } from "@/lib/security/client-address";

/**
 * Failed sign-ins (or wrong bearer tokens) allowed per key in one window, then a wait until the
 * window ends. An address gets more: a whole office often signs in through one NAT address.
 */
export const failureLimit = { attempts: 5, addressAttempts: 20, windowSeconds: 15 * 60 } as const;

export interface LimitKey {
  key: string;
  attempts: number;
}

/**
 * The limiter's keys: one per account, one per address; API tokens and set-up codes count per
 * address on their own. A caller whose address is unknown gets no address key: such callers share
 * no bucket (one of them must not lock out all the others).
 */
export const limitKeys = {
  user: (username: string): LimitKey => ({
    key: `user:${username.trim().toLowerCase()}`,
    attempts: failureLimit.attempts,
  }),
  ip: (ip: string): LimitKey[] => addressKey("ip", ip, failureLimit.addressAttempts),
  tokenIp: (ip: string): LimitKey[] => addressKey("token-ip", ip, failureLimit.attempts),
  setupIp: (ip: string): LimitKey[] => addressKey("setup-ip", ip, failureLimit.attempts),
};

function addressKey(kind: string, ip: string, attempts: number): LimitKey[] {
  return ip === unknownAddress ? [] : [{ key: `${kind}:${ip}`, attempts }];
}

/** Seconds until every key may try again: 0 when none has reached the limit in its current window. */
export async function getRetryAfter(keys: LimitKey[]): Promise<number> {
  if (!keys.length) return 0;
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
  if (!keys.length) return 0;
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
