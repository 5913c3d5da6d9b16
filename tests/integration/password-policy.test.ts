import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bcryptCost } from "@/lib/auth/password";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db, disconnectDb } from "@/lib/db/client";
import { saveUser } from "@/lib/org/mutations";
import { seedDatabase } from "@/lib/seed/seed";

const username = "policy.test";

describe("passwords set from now on", () => {
  let organisationId = "";
  beforeAll(async () => {
    await seedDatabase({ demo: true });
    organisationId = (
      await db().organisation.findUniqueOrThrow({ where: { code: "tra-vinh-stttt" }, select: { id: true } })
    ).id;
  });
  afterAll(async () => {
    await db().user.deleteMany({ where: { username } });
    await db().loginAttempt.deleteMany({});
    await disconnectDb();
  });

  it("are refused by the mutation when weak, whatever the caller; the seed's demo accounts keep demo1234", async () => {
    const user = { username, displayName: "Kiểm thử", role: "viewer" as const, unitId: null, active: true };
    for (const password of ["demo1234", "policy.test", "password123"]) {
      await expect(saveUser({ organisationId, user: { ...user, password } })).rejects.toMatchObject({
        code: "invalid",
      });
    }
    expect(await db().user.count({ where: { username } })).toBe(0);
    expect(await signInWithPassword({ username: "admin", password: "demo1234" }, "10.1.0.1")).toMatchObject({
      ok: true,
    });
  });

  it("are hashed with bcrypt cost 12; a sign-in takes about one hash", async () => {
    await saveUser({
      organisationId,
      user: {
        username,
        displayName: "Kiểm thử",
        role: "viewer",
        unitId: null,
        active: true,
        password: "lúa-chín-vàng-2026",
      },
    });
    const { passwordHash } = await db().user.findUniqueOrThrow({ where: { username }, select: { passwordHash: true } });
    expect(passwordHash.startsWith(`$2b$${bcryptCost}$`)).toBe(true);
    const started = performance.now();
    expect(await signInWithPassword({ username, password: "lúa-chín-vàng-2026" }, "10.1.0.2")).toMatchObject({
      ok: true,
    });
    const signIn = performance.now() - started;
    const unknownStarted = performance.now();
    expect(await signInWithPassword({ username: "no-such-user", password: "lúa-chín-vàng-2026" }, "10.1.0.3")).toEqual({
      ok: false,
      reason: "invalid",
    });
    const unknown = performance.now() - unknownStarted;
    console.log(
      `sign-in with bcrypt cost ${bcryptCost}: ${signIn.toFixed(0)} ms; unknown username: ${unknown.toFixed(0)} ms`,
    );
    // An unknown username is checked against a hash of the same cost, so it takes as long.
    expect(unknown).toBeGreaterThan(signIn / 3);
  });
});
