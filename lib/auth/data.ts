import "server-only";
import { db } from "@/lib/db/client";
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

/** Loaded on every request, so a changed role or a deactivated account takes effect at once. */
export async function getSessionUserById(id: string): Promise<SessionUser | null> {
  const user = await db().user.findUnique({
    where: { id },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      locale: true,
      active: true,
      organisation: { select: { id: true, code: true, isDemo: true } },
      unit: { select: { id: true, name: true, fields: { select: { fieldCode: true } } } },
      access: { select: { organisationId: true } },
    },
  });
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
