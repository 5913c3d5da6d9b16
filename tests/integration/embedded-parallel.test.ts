import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getIndicators } from "@/app/api/v1/indicators/route";
import { db, disconnectDb } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";
import { seedDatabase } from "@/lib/seed/seed";
import { findValues } from "@/lib/values/data";
import { apiRequest, tokenFor } from "../support/api";
import { clearBurst, expectBurstStored, saveBurst } from "../support/save-burst";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Always the embedded server, as `npm start` runs it, even in CI.
describe("embedded database under parallel requests", () => {
  let embedded: TestDatabase;
  const saved = { url: process.env.DATABASE_URL };

  beforeAll(async () => {
    await disconnectDb();
    embedded = await createTestDatabase("embedded", { embedded: true });
    await applyMigrations(embedded.url);
    process.env.DATABASE_URL = embedded.url;
    await seedDatabase({ demo: true });
  });

  afterAll(async () => {
    await disconnectDb();
    await embedded?.drop();
    process.env.DATABASE_URL = saved.url;
  });

  it("answers 20 parallel API requests, reads and writes alike", async () => {
    const token = await tokenFor("giamdoc");
    const reads = Array.from({ length: 15 }, () => getIndicators(apiRequest("/api/v1/indicators", { token }), {}));
    const writes = Array.from({ length: 5 }, () => tokenFor("cntt"));
    const [responses, tokens] = await Promise.all([Promise.all(reads), Promise.all(writes)]);
    expect(responses.map((r) => r.status)).toEqual(Array(15).fill(200));
    for (const body of await Promise.all(responses.map((r) => r.json()))) expect(body.length).toBeGreaterThan(100);
    expect(new Set(tokens).size).toBe(5);
  });

  it("runs 20 parallel data reads with the same answers", async () => {
    const { organisationId } = await db()
      .organisation.findUniqueOrThrow({ where: { code: "tra-vinh-stttt" }, select: { id: true } })
      .then((o) => ({ organisationId: o.id }));
    const results = await Promise.all(
      Array.from({ length: 20 }, () => findValues({ organisationId, months: [202306] })),
    );
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0].length).toBeGreaterThan(50);
  });

  it("takes 100 saves at once in turns: each on its own indicator, then all on one, never a 5xx", async () => {
    const office = await tokenFor("vanphong");
    try {
      for (const oneIndicator of [false, true]) {
        const saves = await saveBurst(office, { oneIndicator });
        expect(saves.filter((s) => s.status !== 200 && s.status !== 409)).toEqual([]);
        await expectBurstStored(saves);
      }
    } finally {
      await clearBurst();
    }
  });
});
