import "server-only";
import { getSessionUserByTokenHash, type SessionUser } from "@/lib/auth/data";
import { db } from "@/lib/db/client";
import { hashToken } from "./token";

/** The tokens of an organisation's users, newest first (never the token itself). */
export async function findTokens({ organisationId }: { organisationId: string }) {
  return db().apiToken.findMany({
    where: { user: { organisationId } },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, user: { select: { username: true } } },
  });
}

// Scripts call the API in bursts: a token's user is kept for a few seconds per process. Revoking
// a token forgets it at once here; other processes notice within `tokenCacheMs`.
const tokenCacheMs = 5_000;
const tokenCache = new Map<string, { at: number; user: SessionUser }>();

export function forgetToken(tokenHash?: string): void {
  if (tokenHash) tokenCache.delete(tokenHash);
  else tokenCache.clear();
}

/** The user a bearer token acts for, or null when it is unknown or revoked. */
export async function getTokenUser(token: string): Promise<SessionUser | null> {
  const hash = hashToken(token);
  const hit = tokenCache.get(hash);
  if (hit && Date.now() - hit.at < tokenCacheMs) return hit.user;
  const found = await getSessionUserByTokenHash(hash);
  if (!found) return null;
  tokenCache.set(hash, { at: Date.now(), user: found.user });
  // "Last used" to the minute is enough; a write on every request is not.
  const now = new Date();
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: found.tokenId }, data: { lastUsedAt: now }, select: { id: true } });
  }
  return found.user;
}
