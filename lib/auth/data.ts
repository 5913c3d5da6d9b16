import "server-only";
import { db, queryPrepared } from "@/lib/db/client";
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
  /** Organisations report to the user's (a ministry): it reads them only through what they send up. */
  receivesSubmissions: boolean;
  /**
   * The token of the organisation's figures as the user was read (lib/values/figures-cache.ts):
   * an API call that keeps figures asks the database no second time.
   */
  figuresToken: string | null;
}

export async function findUserForSignIn(username: string) {
  return db().user.findUnique({
    where: { username: username.trim().toLowerCase() },
    select: { id: true, passwordHash: true, active: true, organisationId: true, sessionVersion: true },
  });
}

// The session user is read on every request (a page by its session's user id, the API by a token's
// hash): one statement, prepared once per connection (`queryPrepared`). A grant to read an
// organisation that reports to the user's own is ignored: the parent sees only what it was sent.
const sessionUserColumns = `
  u.id, u.username, u."displayName", u.role::text AS role, u.locale::text AS locale,
  o.id AS "organisationId", o.code AS "organisationCode", o."isDemo" AS "organisationIsDemo",
  un.id AS "unitId", un.name AS "unitName",
  ARRAY(SELECT f."fieldCode" FROM "UnitField" f WHERE f."unitId" = un.id ORDER BY f."fieldCode") AS "fieldCodes",
  ARRAY(SELECT a."organisationId" FROM "OrganisationAccess" a JOIN "Organisation" seen ON seen.id = a."organisationId"
        WHERE a."userId" = u.id AND a."organisationId" <> o.id AND seen."parentId" IS DISTINCT FROM o.id
        ORDER BY a."organisationId") AS "viewableOrganisationIds",
  EXISTS (SELECT 1 FROM "Organisation" child WHERE child."parentId" = o.id) AS "receivesSubmissions",
  fv.token AS "figuresToken"`;
const sessionUserJoins = `JOIN "Organisation" o ON o.id = u."organisationId" LEFT JOIN "Unit" un ON un.id = u."unitId"
  LEFT JOIN "FiguresVersion" fv ON fv."organisationId" = o.id`;

/**
 * Loaded on every request, so a changed role or a deactivated account takes effect at once. With
 * the session's `sessionVersion` (from its JWT), null once the user's version moved on (password
 * changed or reset, role changed, deactivated, signed out): that session has ended.
 */
export async function getSessionUserById(id: string, sessionVersion?: number): Promise<SessionUser | null> {
  const rows = await queryPrepared<SessionUser>(
    "session-user-by-id",
    `SELECT ${sessionUserColumns} FROM "User" u ${sessionUserJoins} WHERE u.id = $1 AND u.active AND ($2::int IS NULL OR u."sessionVersion" = $2::int)`,
    [id, sessionVersion ?? null],
  );
  return rows[0] ?? null;
}

/** The user an API token acts for; null when the token is unknown or revoked or the user inactive. */
export async function getSessionUserByTokenHash(
  tokenHash: string,
): Promise<{ tokenId: string; lastUsedAt: Date | null; user: SessionUser } | null> {
  const rows = await queryPrepared<SessionUser & { tokenId: string; lastUsedAt: Date | null }>(
    "session-user-by-token",
    `SELECT ${sessionUserColumns}, t.id AS "tokenId", t."lastUsedAt"
     FROM "ApiToken" t JOIN "User" u ON u.id = t."userId" ${sessionUserJoins}
     WHERE t."tokenHash" = $1 AND t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" > now()) AND u.active`,
    [tokenHash],
  );
  if (!rows[0]) return null;
  const { tokenId, lastUsedAt, ...user } = rows[0];
  return { tokenId, lastUsedAt, user };
}

/** Ends every session of a user (their JWTs carry the old version). */
export async function endSessions(
  userId: string,
  sessionVersion?: number,
): Promise<{ username: string; organisationId: string } | null> {
  // With the session's version: only if it is still current (a stale sign-out changes nothing).
  await db().user.updateMany({
    where: { id: userId, ...(sessionVersion === undefined ? {} : { sessionVersion }) },
    data: { sessionVersion: { increment: 1 } },
  });
  return db().user.findUnique({ where: { id: userId }, select: { username: true, organisationId: true } });
}

export async function setUserLocale(userId: string, locale: Locale): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}
