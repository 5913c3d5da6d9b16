import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { tokenFor } from "../support/api";
import { clearBurst, expectBurstStored, saveBurst } from "../support/save-burst";

// A crowd saving at once gets answers, never a crash: 200 or 409 while transactions wait their
// turn, and past the wait 503 with Retry-After, having changed nothing.
describe("100 saves at once", () => {
  let office: string;
  const saved = { pool: process.env.DATABASE_POOL_SIZE, wait: process.env.DATABASE_TRANSACTION_WAIT_MS };

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    office = await tokenFor("vanphong");
  });
  afterEach(() => clearBurst());
  afterAll(() => disconnectDb());

  it("each on its own indicator: every one saved", async () => {
    const saves = await saveBurst(office);
    expect(saves.map((s) => s.status).filter((s) => s !== 200)).toEqual([]);
    await expectBurstStored(saves);
  });

  it("all on one indicator: 200 or 409 each, every accepted save audited and counted in the version", async () => {
    const saves = await saveBurst(office, { oneIndicator: true });
    expect(saves.filter((s) => s.status !== 200 && s.status !== 409)).toEqual([]);
    await expectBurstStored(saves);
  });

  it("past the wait for a turn, 503 with Retry-After in the user's language, and nothing half-saved", async () => {
    await disconnectDb();
    Object.assign(process.env, { DATABASE_POOL_SIZE: "1", DATABASE_TRANSACTION_WAIT_MS: "100" });
    try {
      const saves = await saveBurst(office);
      expect(saves.filter((s) => ![200, 503].includes(s.status))).toEqual([]);
      const refused = saves.filter((s) => s.status === 503);
      expect(refused.length).toBeGreaterThan(0);
      for (const s of refused)
        expect(s).toMatchObject({ retryAfter: "5", message: expect.stringContaining("Không có gì bị thay đổi") });
      await disconnectDb();
      Object.assign(process.env, {
        DATABASE_POOL_SIZE: saved.pool ?? "",
        DATABASE_TRANSACTION_WAIT_MS: saved.wait ?? "",
      });
      await expectBurstStored(saves);
    } finally {
      await disconnectDb();
      Object.assign(process.env, {
        DATABASE_POOL_SIZE: saved.pool ?? "",
        DATABASE_TRANSACTION_WAIT_MS: saved.wait ?? "",
      });
    }
  });
});
