import "server-only";
import { randomBytes } from "node:crypto";
import { recordAuthEvent } from "@/lib/auth/events";
import { limitKeys, resetFailures } from "@/lib/auth/limits";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { canAdminister, type Role } from "@/lib/auth/roles";
import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import {
  passwordMessages,
  type CreateOrganisationInput,
  type DeadlineSettingsInput,
  type MailServerInput,
  type ProfileInput,
} from "./schema";

function profileData(profile: ProfileInput) {
  return { ...profile, effectiveFrom: new Date(`${profile.effectiveFrom}T00:00:00Z`) };
}

/** Every password set goes through the policy; only the seed's demo accounts (`demo1234`) are let through, explicitly. */
function checkPasswordPolicy(password: string, username: string, allowWeakPassword: boolean | undefined, path: string) {
  const problem = allowWeakPassword ? null : passwordProblem(password, username);
  if (problem) throw new AppError("invalid", [{ path, message: passwordMessages[problem] }]);
}

/** A new organisation with its first profile and first administrator (inside a transaction when given one). */
export async function createOrganisation(
  input: CreateOrganisationInput & { isDemo?: boolean; allowWeakPassword?: boolean },
  client: Db | Prisma.TransactionClient = db(),
): Promise<{ id: string }> {
  checkPasswordPolicy(input.admin.password, input.admin.username, input.allowWeakPassword, "admin.password");
  const taken = await client.organisation.findUnique({ where: { code: input.code }, select: { id: true } });
  if (taken) throw new AppError("invalid", [{ path: "code", message: "duplicate" }]);
  const usernameTaken = await client.user.findUnique({
    where: { username: input.admin.username },
    select: { id: true },
  });
  if (usernameTaken) throw new AppError("invalid", [{ path: "admin.username", message: "duplicate" }]);
  const passwordHash = await hashPassword(input.admin.password);
  return client.organisation.create({
    data: {
      code: input.code,
      isDemo: input.isDemo ?? false,
      profiles: { create: profileData(input.profile) },
      users: {
        create: { username: input.admin.username, displayName: input.admin.displayName, passwordHash, role: "admin" },
      },
    },
    select: { id: true },
  });
}

/** Saves the settings in force from a date: a new version, or the one of that same date replaced. */
export async function saveProfile({
  organisationId,
  profile,
}: {
  organisationId: string;
  profile: ProfileInput;
}): Promise<void> {
  const data = profileData(profile);
  await db().organisationProfile.upsert({
    where: { organisationId_effectiveFrom: { organisationId, effectiveFrom: data.effectiveFrom } },
    create: { organisationId, ...data },
    update: data,
    select: { id: true },
  });
}

export async function saveMailServer({
  organisationId,
  server,
}: {
  organisationId: string;
  server: MailServerInput;
}): Promise<void> {
  const { smtpPassword, ...rest } = server;
  await db().organisation.update({
    where: { id: organisationId },
    data: { ...rest, ...(smtpPassword ? { smtpPassword } : {}), ...(rest.smtpHost ? {} : { smtpPassword: null }) },
    select: { id: true },
  });
}

export async function saveDeadlines({
  organisationId,
  settings,
}: {
  organisationId: string;
  settings: DeadlineSettingsInput;
}): Promise<void> {
  await db().organisation.update({ where: { id: organisationId }, data: settings, select: { id: true } });
}

export async function saveUnit({
  organisationId,
  unit,
}: {
  organisationId: string;
  unit: { id?: string; code: string; name: string; fieldCodes: string[]; dueDay?: number };
}) {
  await db().$transaction(async (tx) => {
    const duplicate = await tx.unit.findFirst({
      where: { organisationId, code: unit.code, NOT: unit.id ? { id: unit.id } : undefined },
      select: { id: true },
    });
    if (duplicate) throw new AppError("invalid", [{ path: "code", message: "duplicate" }]);
    // Another organisation's unit is not found (as saveUser answers), rather than failing the update.
    if (unit.id && !(await tx.unit.findFirst({ where: { id: unit.id, organisationId }, select: { id: true } })))
      throw new AppError("notFound");
    const saved = unit.id
      ? await tx.unit.update({
          where: { id: unit.id, organisationId },
          data: { code: unit.code, name: unit.name, dueDay: unit.dueDay ?? null },
          select: { id: true },
        })
      : await tx.unit.create({
          data: { organisationId, code: unit.code, name: unit.name, dueDay: unit.dueDay ?? null },
          select: { id: true },
        });
    await tx.unitField.deleteMany({ where: { unitId: saved.id } });
    if (unit.fieldCodes.length)
      await tx.unitField.createMany({ data: unit.fieldCodes.map((fieldCode) => ({ unitId: saved.id, fieldCode })) });
  });
}

export async function saveUser({
  organisationId,
  user,
  allowWeakPassword,
  ip,
}: {
  organisationId: string;
  user: {
    id?: string;
    username: string;
    displayName: string;
    role: Role;
    unitId: string | null;
    password?: string;
    active: boolean;
  };
  /** For the seed's demo accounts only. */
  allowWeakPassword?: boolean;
  /** The address of the admin setting a password, for the auth log. */
  ip?: string;
}) {
  if (user.password) checkPasswordPolicy(user.password, user.username, allowWeakPassword, "password");
  if (user.unitId) {
    const unit = await db().unit.findFirst({ where: { id: user.unitId, organisationId }, select: { id: true } });
    if (!unit) throw new AppError("invalid", [{ path: "unitId", message: "unknownUnit" }]);
  }
  const duplicate = await db().user.findFirst({
    where: { username: user.username, NOT: user.id ? { id: user.id } : undefined },
    select: { id: true },
  });
  if (duplicate) throw new AppError("invalid", [{ path: "username", message: "duplicate" }]);
  const data = {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    active: user.active,
  };
  if (user.id) {
    const id = user.id;
    const passwordHash = user.password ? await hashPassword(user.password) : undefined;
    await db().$transaction(async (tx) => {
      const before = await tx.user.findFirst({ where: { id, organisationId }, select: { role: true, active: true } });
      if (!before) throw new AppError("notFound");
      const deactivated = before.active && !user.active;
      if (canAdminister(before) && before.active && (!canAdminister(user) || !user.active)) {
        // The organisation's active admins, locked in one order so two demotions at once cannot both pass.
        const admins = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "User" WHERE "organisationId" = ${organisationId} AND role = 'admin' AND active ORDER BY id FOR UPDATE`;
        if (!admins.some((a) => a.id !== id)) throw new AppError("invalid", [{ path: "role", message: "lastAdmin" }]);
      }
      // A new password, another role or a deactivation ends the user's sessions.
      const endSessions = Boolean(passwordHash) || before.role !== user.role || deactivated;
      await tx.user.update({
        where: { id, organisationId },
        data: { ...data, passwordHash, ...(endSessions ? { sessionVersion: { increment: 1 } } : {}) },
        select: { id: true },
      });
      if (deactivated)
        await tx.apiToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
    });
    if (passwordHash && !allowWeakPassword)
      await recordAuthEvent({
        kind: "passwordChange",
        username: user.username,
        userId: user.id,
        organisationId,
        ip: ip ?? "-",
      });
    return;
  }
  if (!user.password) throw new AppError("invalid", [{ path: "password", message: "required" }]);
  const created = await db().user.create({
    data: { ...data, organisationId, passwordHash: await hashPassword(user.password) },
    select: { id: true },
  });
  if (!allowWeakPassword)
    await recordAuthEvent({
      kind: "passwordChange",
      username: user.username,
      userId: created.id,
      organisationId,
      ip: ip ?? "-",
    });
}

/**
 * A new random password for a user (an admin who forgot theirs or is locked out): their sessions
 * end, their failed sign-ins are forgotten, and the password is returned to be shown once.
 */
export async function resetPassword({ username, ip }: { username: string; ip: string }): Promise<string> {
  const user = await db().user.findUnique({
    where: { username: username.trim().toLowerCase() },
    select: { id: true, username: true, organisationId: true },
  });
  if (!user) throw new AppError("notFound", [{ path: "username", message: username }]);
  const password = randomBytes(12).toString("base64url");
  await db().user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } },
    select: { id: true },
  });
  await resetFailures(limitKeys.user(user.username));
  await recordAuthEvent({
    kind: "passwordChange",
    username: user.username,
    userId: user.id,
    organisationId: user.organisationId,
    ip,
  });
  return password;
}

/** Lets a user read other organisations (a ministry's or province's viewer); replaces the list. */
export async function setOrganisationAccess({
  username,
  codes,
}: {
  username: string;
  codes: string[];
}): Promise<string[]> {
  const user = await db().user.findUnique({ where: { username }, select: { id: true, organisationId: true } });
  if (!user) throw new AppError("notFound", [{ path: "username", message: username }]);
  const organisations = await db().organisation.findMany({
    where: { code: { in: codes } },
    select: { id: true, code: true, parentId: true },
  });
  const unknown = codes.filter((c) => !organisations.some((o) => o.code === c));
  if (unknown.length)
    throw new AppError(
      "notFound",
      unknown.map((code) => ({ path: "org", message: code })),
    );
  // A parent reads what its departments send up, never their figures as they are being typed.
  const below = organisations.filter((o) => o.parentId === user.organisationId);
  if (below.length)
    throw new AppError(
      "invalid",
      below.map((o) => ({
        path: "org",
        message: `${o.code} reports to this user's organisation: it is read through its submissions`,
      })),
    );
  await db().$transaction([
    db().organisationAccess.deleteMany({ where: { userId: user.id } }),
    db().organisationAccess.createMany({ data: organisations.map((o) => ({ userId: user.id, organisationId: o.id })) }),
  ]);
  return organisations.map((o) => o.code);
}
