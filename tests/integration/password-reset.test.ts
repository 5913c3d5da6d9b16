import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUserById } from "@/lib/auth/data";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db, disconnectDb } from "@/lib/db/client";
import { resetPassword } from "@/lib/org/mutations";
import { seedDatabase } from "@/lib/seed/seed";
import { hashPassword } from "@/lib/auth/password";

describe("npm run user:reset (resetPassword)", () => {
  beforeAll(() => seedDatabase({ demo: true }));
  afterAll(async () => {
    // The demo admin keeps signing in with demo1234.
    await db().user.update({
      where: { username: "admin.hatinh" },
      data: { passwordHash: await hashPassword("demo1234") },
      select: { id: true },
    });
    await db().loginAttempt.deleteMany({});
    await disconnectDb();
  });

  it("gives a locked-out admin a new random password, ends their sessions and lifts the lock-out", async () => {
    for (let i = 0; i < 5; i++)
      await signInWithPassword({ username: "admin.hatinh", password: "sai-mat-khau" }, `10.2.0.${i}`);
    expect(await signInWithPassword({ username: "admin.hatinh", password: "demo1234" }, "10.2.1.1")).toMatchObject({
      reason: "locked",
    });
    const before = await db().user.findUniqueOrThrow({
      where: { username: "admin.hatinh" },
      select: { id: true, sessionVersion: true },
    });

    const password = await resetPassword({ username: "admin.hatinh", ip: "cli" });
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(await getSessionUserById(before.id, before.sessionVersion)).toBeNull();
    expect(await signInWithPassword({ username: "admin.hatinh", password: "demo1234" }, "10.2.1.2")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signInWithPassword({ username: "admin.hatinh", password }, "10.2.1.3")).toMatchObject({
      ok: true,
      sessionVersion: before.sessionVersion + 1,
    });
    expect(await db().authEvent.count({ where: { userId: before.id, kind: "passwordChange", ip: "cli" } })).toBe(1);
    await expect(resetPassword({ username: "no-such-user", ip: "cli" })).rejects.toMatchObject({ code: "notFound" });
  });
});
