import "server-only";
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

/** The user id a bearer token acts for, or null when it is unknown or revoked. */
export async function getTokenUserId(token: string): Promise<string | null> {
  const found = await db().apiToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, revokedAt: true } });
  if (!found || found.revokedAt) return null;
  await db().apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() }, select: { id: true } });
  return found.userId;
}
