import "server-only";
import { canViewOrganisation, dashboardOrganisationIds, isObserver, type Actor } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { reportDaysSelect } from "@/lib/deadlines/data";
import { AppError } from "@/lib/errors";
import { moneyWordings, type MoneyWording } from "@/lib/format/number";

export async function countOrganisations(): Promise<number> {
  return db().organisation.count();
}

export async function getOrganisation({ organisationId }: { organisationId: string }) {
  return db().organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: {
      id: true,
      code: true,
      isDemo: true,
      dueDay: true,
      ...reportDaysSelect,
      smtpHost: true,
      smtpPort: true,
      smtpSecure: true,
      smtpUser: true,
      smtpFrom: true,
    },
  });
}

const profileSelect = {
  id: true,
  effectiveFrom: true,
  name: true,
  parentAuthority: true,
  place: true,
  documentCode: true,
  signerName: true,
  signerIsDeputy: true,
  recipients: true,
  archiveUnit: true,
  headerNameLines: true,
  moneyWording: true,
} as const;

/** The column holds text; anything but a known wording reads as đồng. */
function withMoneyWording<P extends { moneyWording: string }>(profile: P): P & { moneyWording: MoneyWording } {
  const known = (moneyWordings as readonly string[]).includes(profile.moneyWording);
  return { ...profile, moneyWording: known ? (profile.moneyWording as MoneyWording) : "dong" };
}

/** The names and settings in force on a date (a report uses those of its own date). */
export async function getProfileAt({ organisationId, date }: { organisationId: string; date: Date }) {
  const profile = await db().organisationProfile.findFirst({
    where: { organisationId, effectiveFrom: { lte: date } },
    orderBy: { effectiveFrom: "desc" },
    select: profileSelect,
  });
  return profile && withMoneyWording(profile);
}

/**
 * How files and headings name the organisation on a date: its name and place as of then ("Sở Khoa
 * học và Công nghệ Vĩnh Long"), or as first named for a date before its first profile.
 */
export async function getDisplayNameAt({
  organisationId,
  date,
}: {
  organisationId: string;
  date: Date;
}): Promise<string> {
  return (await displayNamesAt([organisationId], date)).get(organisationId) ?? "";
}

/** getDisplayNameAt of several organisations in one query. */
export async function displayNamesAt(organisationIds: string[], date: Date): Promise<Map<string, string>> {
  const profiles = await db().organisationProfile.findMany({
    where: { organisationId: { in: organisationIds } },
    orderBy: { effectiveFrom: "asc" },
    select: { organisationId: true, effectiveFrom: true, name: true, place: true },
  });
  const names = new Map<string, string>();
  for (const profile of profiles) {
    if (names.has(profile.organisationId) && profile.effectiveFrom > date) continue;
    names.set(
      profile.organisationId,
      profile.name.includes(profile.place) ? profile.name : `${profile.name} ${profile.place}`.trim(),
    );
  }
  return names;
}

export async function findProfiles({ organisationId }: { organisationId: string }) {
  return (
    await db().organisationProfile.findMany({
      where: { organisationId },
      orderBy: { effectiveFrom: "desc" },
      select: profileSelect,
    })
  ).map(withMoneyWording);
}

export async function findUnits({ organisationId }: { organisationId: string }) {
  return db().unit.findMany({
    where: { organisationId },
    orderBy: { code: "asc" },
    select: { id: true, code: true, name: true, dueDay: true, fields: { select: { fieldCode: true } } },
  });
}

export async function findUsers({ organisationId }: { organisationId: string }) {
  return db().user.findMany({
    where: { organisationId },
    orderBy: { username: "asc" },
    select: { id: true, username: true, displayName: true, role: true, active: true, unitId: true },
  });
}

export async function getUserByUsername({ username }: { username: string }) {
  return db().user.findUnique({ where: { username }, select: { id: true, organisationId: true } });
}

/**
 * The organisation a request names, if the user may read it (403 otherwise, 404 if unknown); none
 * named, the one their dashboards open on: their own, or the first an observer observes.
 */
export async function getReadableOrganisation({
  actor,
  code,
}: {
  actor: Actor & { organisationCode: string };
  code: string | null;
}) {
  if (!code && isObserver(actor)) {
    return db().organisation.findFirstOrThrow({
      where: { id: { in: dashboardOrganisationIds(actor) } },
      orderBy: { code: "asc" },
      select: { id: true, code: true },
    });
  }
  if (!code || code === actor.organisationCode) return { id: actor.organisationId, code: actor.organisationCode };
  const organisation = await db().organisation.findUnique({ where: { code }, select: { id: true, code: true } });
  if (!organisation) throw new AppError("notFound");
  if (!canViewOrganisation(actor, organisation.id)) throw new AppError("forbidden");
  return organisation;
}

/** The organisations a user's dashboards show, with their current names. */
export async function findReadableOrganisations({ actor }: { actor: Actor }) {
  const ids = dashboardOrganisationIds(actor);
  const rows = await db().organisation.findMany({
    where: { id: { in: ids } },
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      profiles: { orderBy: { effectiveFrom: "desc" }, take: 1, select: { name: true, place: true } },
    },
  });
  return rows.map((o) => ({ id: o.id, code: o.code, name: o.profiles[0] ? `${o.profiles[0].place}` : o.code }));
}

export async function hasDemoOrganisation(): Promise<boolean> {
  return (await db().organisation.count({ where: { isDemo: true } })) > 0;
}
