import "server-only";
import { getSessionUserByTokenHash, type SessionUser } from "@/lib/auth/data";
import { db } from "@/lib/db/client";
import { hashToken } from "./token";

/** The tokens of an organisation's users, newest first (never the token itself). */
export async function findTokens({ organisationId }: { organisationId: string }) {
  return db().apiToken.findMany({
    where: { user: { organisationId } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      user: { select: { username: true } },
    },
  });
}

/** The user a bearer token acts for, or null when it is unknown or revoked. */
export async function getTokenUser(token: string): Promise<SessionUser | null> {
  const found = await getSessionUserByTokenHash(hashToken(token));
  if (!found) return null;
  // "Last used" to the minute is enough; a write on every request is not.
  const now = new Date();
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: found.tokenId }, data: { lastUsedAt: now }, select: { id: true } });
  }
  return found.user;
}
