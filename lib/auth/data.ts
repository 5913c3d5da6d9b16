import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/dictionary";
import type { Role } from "./roles";

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  locale: Locale;
  organisationId: string;
  organisationCode: string;
  organisationIsDemo: boolean;
  unitId: string | null;
  unitName: string | null;
  fieldCodes: string[];
  viewableOrganisationIds: string[];
}

export async function findUserForSignIn(username: string) {
  return db().user.findUnique({
    where: { username: username.trim().toLowerCase() },
    select: { id: true, passwordHash: true, active: true },
  });
}

const sessionUserSelect = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  locale: true,
  active: true,
  organisation: { select: { id: true, code: true, isDemo: true } },
  unit: { select: { id: true, name: true, fields: { select: { fieldCode: true } } } },
  access: { select: { organisationId: true } },
} as const;

/** Loaded on every request, so a changed role or a deactivated account takes effect at once. */
export async function getSessionUserById(id: string): Promise<SessionUser | null> {
  return toSessionUser(await db().user.findUnique({ where: { id }, select: sessionUserSelect }));
}

/** The user an API token acts for, in one query; null when the token is unknown or revoked. */
export async function getSessionUserByTokenHash(tokenHash: string): Promise<{ tokenId: string; lastUsedAt: Date | null; user: SessionUser } | null> {
  const token = await db().apiToken.findUnique({ where: { tokenHash }, select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: sessionUserSelect } } });
  const user = token && !token.revokedAt ? toSessionUser(token.user) : null;
  return token && user ? { tokenId: token.id, lastUsedAt: token.lastUsedAt, user } : null;
}

function toSessionUser(user: Prisma.UserGetPayload<{ select: typeof sessionUserSelect }> | null): SessionUser | null {
  if (!user || !user.active) return null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    organisationId: user.organisation.id,
    organisationCode: user.organisation.code,
    organisationIsDemo: user.organisation.isDemo,
    unitId: user.unit?.id ?? null,
    unitName: user.unit?.name ?? null,
    fieldCodes: user.unit?.fields.map((f) => f.fieldCode) ?? [],
    viewableOrganisationIds: user.access.map((a) => a.organisationId).filter((id) => id !== user.organisation.id),
  };
}

export async function setUserLocale(userId: string, locale: Locale): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}
