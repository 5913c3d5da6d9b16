import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAggregate } from "@/app/api/v1/aggregate/route";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { GET as getValues } from "@/app/api/v1/values/route";
import { db, disconnectDb } from "@/lib/db/client";
import { findProfiles, findUnits, findUsers } from "@/lib/org/data";
import { seedDatabase } from "@/lib/seed/seed";
import { findTokens } from "@/lib/tokens/data";
import { getLatestDataMonth } from "@/lib/dashboard/data";
import { findValues } from "@/lib/values/data";
import { apiRequest, tokenFor } from "../support/api";
import { runCli } from "../support/cli";

describe("a second organisation made by org:create", () => {
  let organisationId: string;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    await disconnectDb(); // the CLI is another process, which opens the database itself
    const { stdout } = await runCli("org-create.ts", [
      "--code",
      "vinh-long-skhcn",
      "--name",
      "Sở Khoa học và Công nghệ",
      "--parent",
      "UBND tỉnh Vĩnh Long",
      "--place",
      "Vĩnh Long",
      "--document-code",
      "SKHCN",
      "--admin-username",
      "admin.vinhlong",
      "--admin-password",
      "vinhlong-2026",
    ]);
    expect(stdout).toContain("vinh-long-skhcn");
    organisationId = (
      await db().organisation.findUniqueOrThrow({ where: { code: "vinh-long-skhcn" }, select: { id: true } })
    ).id;
  });
  afterAll(() => disconnectDb());

  it("starts clean: its own profile and administrator, no figures, no units", async () => {
    expect(await getLatestDataMonth({ organisationId })).toBeNull();
    expect(await findValues({ organisationId, months: [202306] })).toEqual([]);
    expect((await findUsers({ organisationId })).map((u) => u.username)).toEqual(["admin.vinhlong"]);
    expect(await findUnits({ organisationId })).toEqual([]);
    const profiles = await findProfiles({ organisationId });
    expect(profiles.map((p) => p.place)).toEqual(["Vĩnh Long"]);
  });

  it("sees none of the first organisation's tokens", async () => {
    await tokenFor("admin");
    const tokens = await findTokens({ organisationId });
    expect(tokens).toEqual([]);
  });

  it("reads the shared catalog over the API with its own token, not the other organisation's figures, and nothing without a token", async () => {
    const token = await tokenFor("admin.vinhlong");
    const ok = await getIndicators(apiRequest("/api/v1/indicators", { token }), {});
    expect(ok.status).toBe(200);
    const others = await getValues(apiRequest("/api/v1/values?org=tra-vinh-stttt&period=2023-06", { token }), {});
    expect(others.status).toBe(403);
    const aggregate = await getAggregate(
      apiRequest("/api/v1/aggregate?org=tra-vinh-stttt&period=2023&indicators=tel.bts", { token }),
      {},
    );
    expect(aggregate.status).toBe(403);
    const own = await getValues(apiRequest("/api/v1/values?org=vinh-long-skhcn&period=2023-06", { token }), {});
    expect(await own.json()).toEqual([]);
    const anonymous = await getIndicators(apiRequest("/api/v1/indicators", { token: "ictrd_not-a-token" }), {});
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.message).toBe("Chưa đăng nhập hoặc mã truy cập không hợp lệ.");
  });

  it("reads the other organisation only once user:access grants it, and not after it is taken back", async () => {
    const token = await tokenFor("admin.vinhlong");
    const read = () =>
      getValues(apiRequest("/api/v1/values?org=tra-vinh-stttt&period=2023-06&field=telecom", { token }), {});
    await disconnectDb();
    await runCli("user-access.ts", ["admin.vinhlong", "tra-vinh-stttt"]);
    const granted = await read();
    expect(granted.status).toBe(200);
    expect((await granted.json()).length).toBeGreaterThan(5);
    await disconnectDb();
    await runCli("user-access.ts", ["admin.vinhlong"]);
    expect((await read()).status).toBe(403);
  });

  it("refuses the CLI a duplicate organisation code, changing nothing", async () => {
    const before = await db().organisation.count();
    await expect(
      runCli("org-create.ts", [
        "--code",
        "vinh-long-skhcn",
        "--name",
        "X",
        "--parent",
        "Y",
        "--place",
        "Z",
        "--document-code",
        "AB",
        "--admin-username",
        "other.admin",
        "--admin-password",
        "password-123",
      ]),
    ).rejects.toThrow();
    expect(await db().organisation.count()).toBe(before);
  });
});
