import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { endSessions, getSessionUserById } from "@/lib/auth/data";
import { authOptions } from "@/lib/auth/options";
import { db, disconnectDb } from "@/lib/db/client";
import { saveUser } from "@/lib/org/mutations";
import { seedDatabase } from "@/lib/seed/seed";
import { getTokenUser } from "@/lib/tokens/data";
import { createToken } from "@/lib/tokens/mutations";
import { createTokenInput } from "@/lib/tokens/schema";
import { hashToken } from "@/lib/tokens/token";
import { tokenFor } from "../support/api";

// next-auth calls its sign-out event inside its route handler; here, the headers of such a request.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-ict-client-address": "10.9.8.7" }) }));

const username = "sessions.test";
const base = { username, displayName: "Phiên", role: "viewer" as const, unitId: null, active: true };

async function current() {
  return db().user.findUniqueOrThrow({
    where: { username },
    select: { id: true, sessionVersion: true, organisationId: true },
  });
}

describe("sessions end when they should", () => {
  let organisationId = "";
  beforeAll(async () => {
    await seedDatabase({ demo: true });
    organisationId = (
      await db().organisation.findUniqueOrThrow({ where: { code: "tra-vinh-stttt" }, select: { id: true } })
    ).id;
    await saveUser({ organisationId, user: { ...base, password: "phien-lam-viec-1" } });
  });
  afterAll(async () => {
    await db().user.deleteMany({ where: { username } });
    await disconnectDb();
  });

  it("carries the user's version in the JWT and the session", async () => {
    const token = await authOptions.callbacks!.jwt!({
      token: {},
      user: { id: "u1", sessionVersion: 3 },
      account: null,
    } as never);
    expect(token).toMatchObject({ sub: "u1", sv: 3 });
    expect(await authOptions.callbacks!.session!({ session: { expires: "" }, token } as never)).toMatchObject({
      userId: "u1",
      sessionVersion: 3,
    });
  });

  it("ends on a new password and on another role, not on a change of display name", async () => {
    const { id } = await current();
    let { sessionVersion } = await current();
    expect(await getSessionUserById(id, sessionVersion)).toMatchObject({ username });
    await saveUser({ organisationId, user: { ...base, id, displayName: "Phiên 2", password: "" } });
    expect(await getSessionUserById(id, sessionVersion)).toMatchObject({ displayName: "Phiên 2" });

    await saveUser({ organisationId, user: { ...base, id, password: "phien-lam-viec-2" } });
    expect(await getSessionUserById(id, sessionVersion)).toBeNull();
    ({ sessionVersion } = await current());
    expect(await getSessionUserById(id, sessionVersion)).toMatchObject({ username });

    await saveUser({ organisationId, user: { ...base, id, role: "director" } });
    expect(await getSessionUserById(id, sessionVersion)).toBeNull();
  });

  it("ends on sign-out, server-side: the same JWT no longer reads a user; a stale sign-out changes nothing", async () => {
    const { id, sessionVersion } = await current();
    await authOptions.events!.signOut!({ token: { sub: id, sv: sessionVersion }, session: null } as never);
    expect(await getSessionUserById(id, sessionVersion)).toBeNull();
    expect((await current()).sessionVersion).toBe(sessionVersion + 1);
    expect(
      await db().authEvent.count({ where: { userId: id, kind: "signOut", organisationId, ip: "10.9.8.7" } }),
    ).toBeGreaterThan(0);
    await endSessions(id, sessionVersion);
    expect((await current()).sessionVersion).toBe(sessionVersion + 1);
  });

  it("revokes a user's API tokens when the user is deactivated, and they stay revoked", async () => {
    const token = await tokenFor(username);
    expect(await getTokenUser(token)).toMatchObject({ username });
    const { id } = await current();
    await saveUser({ organisationId, user: { ...base, id, active: false } });
    await saveUser({ organisationId, user: { ...base, id, active: true } });
    expect(await getTokenUser(token)).toBeNull();
    expect(
      (await db().apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) }, select: { revokedAt: true } }))
        .revokedAt,
    ).not.toBeNull();
  });

  it("refuses a token past its expiry", async () => {
    const token = await tokenFor(username);
    await db().apiToken.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() + 60_000) },
    });
    expect(await getTokenUser(token)).toMatchObject({ username });
    await db().apiToken.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getTokenUser(token)).toBeNull();
  });

  it("never demotes or deactivates the last active admin of an organisation", async () => {
    const admin = await db().user.findUniqueOrThrow({
      where: { username: "admin" },
      select: { id: true, displayName: true, organisationId: true },
    });
    const admins = await db().user.count({
      where: { organisationId: admin.organisationId, role: "admin", active: true },
    });
    expect(admins).toBe(1);
    const user = {
      id: admin.id,
      username: "admin",
      displayName: admin.displayName,
      role: "admin" as const,
      unitId: null,
      active: true,
    };
    await expect(
      saveUser({ organisationId: admin.organisationId, user: { ...user, role: "director" } }),
    ).rejects.toMatchObject({ code: "invalid", details: [{ path: "role", message: "lastAdmin" }] });
    await expect(
      saveUser({ organisationId: admin.organisationId, user: { ...user, active: false } }),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(
      await db().user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true, active: true } }),
    ).toEqual({ role: "admin", active: true });

    // With a second admin, the first may step down.
    const { id } = await current();
    await saveUser({ organisationId, user: { ...base, id, role: "admin" } });
    await saveUser({ organisationId: admin.organisationId, user: { ...user, role: "director" } });
    await saveUser({ organisationId: admin.organisationId, user });
    await saveUser({ organisationId, user: { ...base, id } });
    expect(await db().user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true } })).toEqual({
      role: "admin",
    });
  });
});

describe("API tokens with an expiry", () => {
  beforeAll(() => seedDatabase({ demo: true }));
  afterAll(() => disconnectDb());

  it("expire after the days chosen, or never", async () => {
    const user = await db().user.findUniqueOrThrow({
      where: { username: "cntt" },
      select: { id: true, organisationId: true },
    });
    const parsed = createTokenInput.parse({ userId: user.id, name: "30 ngày", expiresInDays: "30" });
    const token = await createToken({ organisationId: user.organisationId, ...parsed });
    const { expiresAt } = await db().apiToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(token) },
      select: { expiresAt: true },
    });
    expect(Math.round((expiresAt!.getTime() - Date.now()) / 86_400_000)).toBe(30);
    expect(await getTokenUser(token)).toMatchObject({ username: "cntt" });
    expect(createTokenInput.parse({ userId: user.id, name: "mãi", expiresInDays: "" }).expiresInDays).toBeUndefined();
    expect(createTokenInput.safeParse({ userId: user.id, name: "x", expiresInDays: "0" }).success).toBe(false);
  });
});
