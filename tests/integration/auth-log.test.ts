import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuthEvents } from "@/lib/auth/events";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db, disconnectDb } from "@/lib/db/client";
import { saveUser } from "@/lib/org/mutations";
import { seedDatabase } from "@/lib/seed/seed";

const username = "authlog.test";

describe("the auth log admins read", () => {
  let organisationId = "";
  beforeAll(async () => {
    await seedDatabase({ demo: true });
    await db().authEvent.deleteMany({});
    await db().loginAttempt.deleteMany({});
    organisationId = (
      await db().organisation.findUniqueOrThrow({ where: { code: "tra-vinh-stttt" }, select: { id: true } })
    ).id;
  });
  afterAll(async () => {
    await db().user.deleteMany({ where: { username } });
    await db().authEvent.deleteMany({});
    await db().loginAttempt.deleteMany({});
    await disconnectDb();
  });

  it("records sign-ins, failures, lock-outs and password changes of the organisation's accounts, newest first", async () => {
    await saveUser({
      organisationId,
      user: {
        username,
        displayName: "Nhật ký",
        role: "viewer",
        unitId: null,
        active: true,
        password: "mot-mat-khau-dai",
      },
      ip: "203.0.113.9",
    });
    const { id } = await db().user.findUniqueOrThrow({ where: { username }, select: { id: true } });
    await saveUser({
      organisationId,
      user: {
        id,
        username,
        displayName: "Nhật ký",
        role: "viewer",
        unitId: null,
        active: true,
        password: "mat-khau-moi-hon",
      },
      ip: "203.0.113.9",
    });
    await saveUser({
      organisationId,
      user: { id, username, displayName: "Nhật ký 2", role: "viewer", unitId: null, active: true, password: "" },
    });
    expect(await signInWithPassword({ username, password: "mot-mat-khau-dai" }, "198.51.100.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await signInWithPassword({ username, password: "mat-khau-moi-hon" }, "198.51.100.1")).toMatchObject({
      ok: true,
    });
    for (let i = 0; i < 5; i++) await signInWithPassword({ username, password: "sai-mat-khau" }, "198.51.100.2");
    await signInWithPassword({ username: "no-such-account", password: "sai-mat-khau" }, "198.51.100.3");

    const events = await getAuthEvents(organisationId);
    expect(events.map((e) => e.kind)).toEqual([
      "lockout",
      "failure",
      "failure",
      "failure",
      "failure",
      "failure",
      "signIn",
      "failure",
      "passwordChange",
      "passwordChange",
    ]);
    expect(events.every((e) => e.username === username && e.userId === id)).toBe(true);
    expect(events.at(-1)!.ip).toBe("203.0.113.9");
    expect(events[0].ip).toBe("198.51.100.2");
    // Attempts on an unknown username are logged, but belong to no organisation.
    expect(
      await db().authEvent.count({ where: { username: "no-such-account", organisationId: null, kind: "failure" } }),
    ).toBe(1);
  });

  it("shows at most the latest 200", async () => {
    await db().authEvent.createMany({
      data: Array.from({ length: 205 }, (_, i) => ({
        username,
        organisationId,
        ip: "-",
        kind: "signIn" as const,
        at: new Date(Date.now() + 1000 + i),
      })),
    });
    const events = await getAuthEvents(organisationId);
    expect(events).toHaveLength(200);
    expect(events[0].at.getTime()).toBeGreaterThan(events[199].at.getTime());
  });
});
