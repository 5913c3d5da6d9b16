import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { displayPrefix, generateToken, hashToken } from "./token";

/** Creates a token for a user of the organisation; the returned token is shown once and never stored. */
export async function createToken({
  organisationId,
  userId,
  name,
  expiresInDays,
}: {
  organisationId: string;
  userId: string;
  name: string;
  expiresInDays?: number;
}): Promise<string> {
  const user = await db().user.findFirst({ where: { id: userId, organisationId }, select: { id: true } });
  if (!user) throw new AppError("notFound");
  const token = generateToken();
  const expiresAt = expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null;
  await db().apiToken.create({
    data: { userId, name, tokenHash: hashToken(token), prefix: displayPrefix(token), expiresAt },
    select: { id: true },
  });
  return token;
}

export async function revokeToken({
  organisationId,
  tokenId,
}: {
  organisationId: string;
  tokenId: string;
}): Promise<void> {
  const { count } = await db().apiToken.updateMany({
    where: { id: tokenId, revokedAt: null, user: { organisationId } },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("notFound");
}
