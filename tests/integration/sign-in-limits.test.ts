import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { failureLimit } from "@/lib/auth/limits";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { apiRequest, fromAddress, tokenFor } from "../support/api";

const wrong = (username: string) => ({ username, password: "not-the-password" });
const right = (username: string) => ({ username, password: "demo1234" });

async function events(username: string) {
  return (
    await db().authEvent.findMany({
      where: { username },
      orderBy: [{ at: "asc" }, { id: "asc" }],
      select: { kind: true, ip: true, userId: true },
    })
  ).map((e) => e.kind);
}

async function clearLimits() {
  await db().loginAttempt.deleteMany({});
  await db().authEvent.deleteMany({});
}

describe("failed sign-ins, limited per account and per address in PostgreSQL", () => {
  beforeAll(async () => {
    await seedDatabase({ demo: true });
  });
  beforeEach(() => clearLimits());
  afterAll(async () => {
    await clearLimits();
    await disconnectDb();
  });

  it("locks an account after five failures from any addresses, with the wait, and logs it", async () => {
    for (let i = 1; i < failureLimit.attempts; i++)
      expect(await signInWithPassword(wrong("bcvt"), `10.0.1.${i}`)).toEqual({ ok: false, reason: "invalid" });
    const fifth = await signInWithPassword(wrong("bcvt"), "10.0.1.99");
    expect(fifth).toMatchObject({ ok: false, reason: "locked" });
    // Even the right password from a fresh address is refused until the window ends.
    const locked = await signInWithPassword(right("bcvt"), "10.0.1.200");
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    if (locked.ok || locked.reason !== "locked") throw new Error("expected a lock-out");
    expect(locked.retryAfter).toBeGreaterThan(failureLimit.windowSeconds - 60);
    expect(locked.retryAfter).toBeLessThanOrEqual(failureLimit.windowSeconds);
    // Another account is not affected.
    expect(await signInWithPassword(right("cntt"), "10.0.1.201")).toMatchObject({ ok: true });
    expect(await events("bcvt")).toEqual([...Array(failureLimit.attempts).fill("failure"), "lockout", "lockout"]);
  });

  it("answers wrong passwords from an address past twenty failures as locked, but signs the office's other users in", async () => {
    const ip = "10.0.2.1";
    const usernames = Array.from({ length: failureLimit.addressAttempts - 1 }, (_, i) =>
      i === 3 ? "vanphong" : `nobody-${i}`,
    );
    for (const username of usernames)
      expect(await signInWithPassword(wrong(username), ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword(wrong("nobody-last"), ip)).toMatchObject({ ok: false, reason: "locked" });
    expect(await signInWithPassword(wrong("cntt"), ip)).toMatchObject({ ok: false, reason: "locked" });
    // The guesser shares the office's address: its people still sign in with their right passwords.
    expect(await signInWithPassword(right("giamdoc"), ip)).toMatchObject({ ok: true });
    expect(await signInWithPassword(right("cntt"), ip)).toMatchObject({ ok: true });
    // The account under attack is locked wherever its right password comes from.
    for (let i = 0; i < failureLimit.attempts; i++) await signInWithPassword(wrong("bcvt"), ip);
    expect(await signInWithPassword(right("bcvt"), ip)).toMatchObject({ ok: false, reason: "locked" });
    expect(await signInWithPassword(right("bcvt"), "10.0.2.2")).toMatchObject({ ok: false, reason: "locked" });
    expect(await signInWithPassword(right("giamdoc"), ip)).toMatchObject({ ok: true });
  });

  it("forgets an account's failures after a successful sign-in, and a window that has ended", async () => {
    for (let i = 0; i < failureLimit.attempts - 1; i++) await signInWithPassword(wrong("vanphong"), `10.0.3.${i}`);
    expect(await signInWithPassword(right("vanphong"), "10.0.3.100")).toMatchObject({ ok: true });
    expect(await db().loginAttempt.findUnique({ where: { key: "user:vanphong" }, select: { count: true } })).toBeNull();
    for (let i = 0; i < failureLimit.attempts - 1; i++)
      expect(await signInWithPassword(wrong("vanphong"), `10.0.4.${i}`)).toEqual({ ok: false, reason: "invalid" });

    // A lock whose window started longer ago than the window has ended; the next failure counts from 1.
    await db().loginAttempt.update({
      where: { key: "user:vanphong" },
      data: { count: 50, windowStart: new Date(Date.now() - (failureLimit.windowSeconds + 1) * 1000) },
    });
    expect(await signInWithPassword(wrong("vanphong"), "10.0.4.50")).toEqual({ ok: false, reason: "invalid" });
    expect(await db().loginAttempt.findUnique({ where: { key: "user:vanphong" }, select: { count: true } })).toEqual({
      count: 1,
    });
  });

  it("answers a username with a NUL as a wrong one, without reaching the database", async () => {
    expect(await signInWithPassword({ username: "admin\u0000", password: "demo1234" }, "10.0.6.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("counts failures atomically when they arrive at once (several app processes)", async () => {
    const ip = "10.0.5.1";
    await Promise.all(Array.from({ length: 12 }, (_, i) => signInWithPassword(wrong(`parallel-${i}`), ip)));
    expect(await db().loginAttempt.findUnique({ where: { key: `ip:${ip}` }, select: { count: true } })).toEqual({
      count: 12,
    });
  });

  it("answers wrong bearer tokens from one address with 429 and Retry-After after five, and valid tokens from any address as usual", async () => {
    const bad = (ip: string) => fromAddress(apiRequest("/api/v1/indicators", { token: "ictrd_wrong" }), ip);
    for (let i = 1; i < failureLimit.attempts; i++)
      expect((await getIndicators(bad("192.0.2.7"), {})).status).toBe(401);
    const limited = await getIndicators(bad("192.0.2.7"), {});
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error).toMatchObject({
      code: "tooMany",
      message: expect.stringContaining("thử lại"),
    });

    // A valid token is served from the guesser's own address too (an office behind one address).
    const token = await tokenFor("cntt");
    expect(
      (await getIndicators(fromAddress(apiRequest("/api/v1/indicators", { token }), "192.0.2.7"), {})).status,
    ).toBe(200);
    expect(
      (await getIndicators(fromAddress(apiRequest("/api/v1/indicators", { token }), "192.0.2.8"), {})).status,
    ).toBe(200);
    expect((await getIndicators(bad("192.0.2.7"), {})).status).toBe(429);
  });

  it("counts by the connection's address, whatever X-Forwarded-For the caller writes", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const request = fromAddress(apiRequest("/api/v1/indicators", { token: "ictrd_wrong" }), "198.51.100.1");
      request.headers.set("x-forwarded-for", `203.0.113.${i}`);
      request.headers.set("x-real-ip", `203.0.113.${i}`);
      statuses.push((await getIndicators(request, {})).status);
    }
    expect(statuses.slice(0, failureLimit.attempts - 1)).toEqual(Array(failureLimit.attempts - 1).fill(401));
    expect(statuses.slice(failureLimit.attempts - 1)).toEqual(Array(30 - failureLimit.attempts + 1).fill(429));
  });

  it("puts callers whose address is unknown in no shared bucket", async () => {
    for (let i = 0; i < 3 * failureLimit.attempts; i++)
      expect((await getIndicators(apiRequest("/api/v1/indicators", { token: "ictrd_wrong" }), {})).status).toBe(401);
    expect(await db().loginAttempt.count()).toBe(0);
    const token = await tokenFor("admin");
    expect((await getIndicators(apiRequest("/api/v1/indicators", { token }), {})).status).toBe(200);
    expect(await signInWithPassword(wrong("nobody-unknown"), "unknown")).toEqual({ ok: false, reason: "invalid" });
    expect(await db().loginAttempt.findMany({ select: { key: true } })).toEqual([{ key: "user:nobody-unknown" }]);
  });
});
