import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failureLimit } from "@/lib/auth/limits";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { db, disconnectDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import type { CreateOrganisationInput } from "@/lib/org/schema";
import { issueSetupCode, setUpOrganisation } from "@/lib/org/setup";
import { demoAccounts } from "@/lib/seed/demo-organisation";
import { seedDatabase } from "@/lib/seed/seed";
import { runCli } from "../support/cli";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// The first run on a database of its own: nothing may exist before the set-up.

function organisation(code: string, username: string): CreateOrganisationInput {
  return {
    code,
    profile: {
      effectiveFrom: "2026-01-01",
      name: "Sở Khoa học và Công nghệ",
      parentAuthority: "UBND tỉnh Cà Mau",
      place: "Cà Mau",
      documentCode: "SKHCN",
      signerName: "",
      signerIsDeputy: false,
      recipients: [],
      archiveUnit: "VP",
      headerNameLines: [],
      moneyWording: "dong",
    },
    admin: { username, password: "mat-khau-ca-mau", displayName: username },
  };
}

const refusal = (message: string) => expect.objectContaining({ details: [expect.objectContaining({ message })] });

async function counts() {
  return {
    organisations: await db().organisation.count(),
    users: await db().user.count(),
    codes: await db().setupCode.count(),
  };
}

describe("the first run's one-time set-up code", () => {
  let database: TestDatabase;
  const given = process.env.DATABASE_URL;

  beforeAll(async () => {
    database = await createTestDatabase("setup");
    await applyMigrations(database.url);
    await disconnectDb();
    process.env.DATABASE_URL = database.url;
  });
  afterAll(async () => {
    await disconnectDb();
    process.env.DATABASE_URL = given;
    await database?.drop();
  });

  it("is stored only as a hash, and a new code replaces the old one", async () => {
    const first = (await issueSetupCode())!;
    const second = (await issueSetupCode())!;
    expect(second).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const stored = await db().setupCode.findMany({ select: { hash: true } });
    expect(stored).toHaveLength(1);
    expect(stored[0].hash).toMatch(/^[0-9a-f]{64}$/);
    await expect(
      setUpOrganisation({ setupCode: first, organisation: organisation("ca-mau-skhcn", "quantri"), ip: "10.9.0.1" }),
    ).rejects.toEqual(refusal("wrongSetupCode"));
  });

  it("refuses a wrong code and creates nothing", async () => {
    for (const setupCode of ["ABCD-EFGH-JKMN", "not a code", ""]) {
      await expect(
        setUpOrganisation({ setupCode, organisation: organisation("ca-mau-skhcn", "quantri"), ip: "10.9.1.1" }),
      ).rejects.toEqual(refusal("wrongSetupCode"));
    }
    expect(await counts()).toEqual({ organisations: 0, users: 0, codes: 1 });
  });

  it("locks an address out after five wrong codes, even for the right one; another address may go on", async () => {
    const code = (await issueSetupCode())!;
    const ip = "10.9.2.1";
    for (let i = 1; i < failureLimit.attempts; i++) {
      await expect(
        setUpOrganisation({ setupCode: "ABCD-EFGH-JKMN", organisation: organisation("ca-mau-skhcn", "quantri"), ip }),
      ).rejects.toEqual(refusal("wrongSetupCode"));
    }
    await expect(
      setUpOrganisation({ setupCode: "ABCD-EFGH-JKMN", organisation: organisation("ca-mau-skhcn", "quantri"), ip }),
    ).rejects.toMatchObject({ code: "tooMany" });
    const locked = setUpOrganisation({ setupCode: code, organisation: organisation("ca-mau-skhcn", "quantri"), ip });
    await expect(locked).rejects.toMatchObject({ code: "tooMany", retryAfter: expect.any(Number) });
    expect(await counts()).toEqual({ organisations: 0, users: 0, codes: 1 });
    await db().loginAttempt.deleteMany({});
  });

  let used = "";

  it("lets exactly one of two simultaneous set-ups create the organisation, and the other is told it is done", async () => {
    used = (await issueSetupCode())!;
    const results = await Promise.allSettled([
      setUpOrganisation({ setupCode: used, organisation: organisation("ca-mau-skhcn", "quantri"), ip: "10.9.3.1" }),
      setUpOrganisation({
        setupCode: used,
        organisation: organisation("bac-lieu-skhcn", "quantri.bl"),
        ip: "10.9.3.2",
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: refusal("alreadySetUp") });
    expect(await counts()).toEqual({ organisations: 1, users: 1, codes: 0 });
    // Set-up is over: no new code, from the library or the command line.
    expect(await issueSetupCode()).toBeNull();
    await expect(runCli("setup-code.ts", [])).rejects.toMatchObject({
      stderr: expect.stringContaining("already has an organisation"),
    });
  });

  it("consumes the code: once used it no longer works, even after the organisation is gone", async () => {
    await db().organisation.deleteMany({});
    await expect(
      setUpOrganisation({ setupCode: used, organisation: organisation("ca-mau-skhcn", "quantri"), ip: "10.9.4.1" }),
    ).rejects.toEqual(refusal("wrongSetupCode"));
    expect(await counts()).toEqual({ organisations: 0, users: 0, codes: 0 });
  });

  it("takes the code printed by npm run setup:code, typed in lower case without dashes, and the administrator signs in", async () => {
    const { stdout } = await runCli("setup-code.ts", []);
    expect(stdout).toContain("/setup");
    const printed = /\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(stdout)![1];
    const typed = printed.replace(/-/g, "").toLowerCase();
    await setUpOrganisation({
      setupCode: typed,
      organisation: organisation("ca-mau-skhcn", "quantri"),
      ip: "10.9.5.1",
    });
    expect(await counts()).toEqual({ organisations: 1, users: 1, codes: 0 });
    expect(await signInWithPassword({ username: "quantri", password: "mat-khau-ca-mau" }, "10.9.5.1")).toMatchObject({
      ok: true,
    });
    await expect(
      setUpOrganisation({
        setupCode: typed,
        organisation: organisation("bac-lieu-skhcn", "quantri.bl"),
        ip: "10.9.5.1",
      }),
    ).rejects.toEqual(refusal("alreadySetUp"));
  });

  it("never seeds the demo beside a real organisation", async () => {
    expect(await seedDatabase({ demo: true })).toMatchObject({ demoCreated: false });
    expect(await db().organisation.count({ where: { isDemo: true } })).toBe(0);
    expect(await db().user.count({ where: { username: { in: demoAccounts.map((a) => a.username) } } })).toBe(0);
    expect(await db().user.findMany({ select: { username: true } })).toEqual([{ username: "quantri" }]);
  });
});
