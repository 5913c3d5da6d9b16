import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getAggregate } from "@/app/api/v1/aggregate/route";
import { GET as getSeries } from "@/app/api/v1/series/route";
import { PUT as putValues } from "@/app/api/v1/values/route";
import { findIndicators, forgetCatalog } from "@/lib/catalog/data";
import { getTiles } from "@/lib/dashboard/data";
import { db, disconnectDb } from "@/lib/db/client";
import { parsePeriod } from "@/lib/periods/period";
import { seedDatabase } from "@/lib/seed/seed";
import { keptFigures } from "@/lib/values/figures-cache";
import { apiRequest, tokenFor } from "../support/api";

// Computed figures are kept under the organisation's figures token: whatever changes its figures,
// in this process or another (here a connection of its own), and commits, is in the next read.

// A month far from the demo's figures, removed again at the end (the suite's files share one database).
const org = "tra-vinh-stttt";
const month = "2032-03";
const yearMonth = 203203;
const indicator = "tel.bts";

describe("computed figures kept between requests", () => {
  let organisationId: string;
  let office: string;
  let other: pg.Client;
  let computed = 0;
  const compute = async () => ({ run: ++computed });
  const read = async (key = "test") => keptFigures({ organisationId, catalog: await findIndicators(), key }, compute);
  const tileValue = async () => {
    const tiles = await getTiles({ organisationId, period: parsePeriod(month)!, fields: ["telecom"] });
    return tiles.find((t) => t.indicator.code === indicator)!.current.value;
  };

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    office = await tokenFor("vanphong");
    organisationId = (await db().organisation.findUniqueOrThrow({ where: { code: org }, select: { id: true } })).id;
    other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
  });
  afterAll(async () => {
    await db().valueAudit.deleteMany({ where: { organisationId, yearMonth } });
    await db().monthValue.deleteMany({ where: { organisationId, yearMonth } });
    await db().yearTarget.deleteMany({ where: { organisationId, year: 2032 } });
    await other.end();
    await disconnectDb();
  });

  it("computes once while nothing changes", async () => {
    const first = await read();
    expect(await read()).toBe(first);
    expect(computed).toBe(first.run);
  });

  it("shows a save through the API in the next read of the overview and of the API", async () => {
    const put = (value: number) =>
      putValues(
        apiRequest("/api/v1/values", {
          token: office,
          method: "PUT",
          body: { org, period: month, values: [{ indicator, value }] },
        }),
        {},
      );
    const aggregate = async () => {
      const url = `/api/v1/aggregate?org=${org}&period=${month}&indicators=${indicator}`;
      const answer = await getAggregate(apiRequest(url, { token: office }), {});
      return ((await answer.json()) as { value: number | null }[])[0].value;
    };
    const series = async () => {
      const url = `/api/v1/series?org=${org}&indicator=${indicator}&from=2032-01&to=${month}&grain=month`;
      const answer = await getSeries(apiRequest(url, { token: office }), {});
      return ((await answer.json()) as { value: number | null }[]).at(-1)!.value;
    };
    expect((await put(1500)).status).toBe(200);
    for (let read = 0; read < 2; read++) {
      expect(await tileValue()).toBe(1500);
      expect(await aggregate()).toBe(1500);
      expect(await series()).toBe(1500);
    }
    expect((await put(1501)).status).toBe(200);
    expect(await tileValue()).toBe(1501);
    expect(await aggregate()).toBe(1501);
    expect(await series()).toBe(1501);
  });

  it("shows what another connection commits: a figure, a deletion, a year's target", async () => {
    await other.query(
      `UPDATE "MonthValue" SET value = 1502 WHERE "organisationId" = $1 AND "yearMonth" = $2 AND "indicatorCode" = $3`,
      [organisationId, yearMonth, indicator],
    );
    expect(await tileValue()).toBe(1502);

    const before = await read();
    await other.query(
      `INSERT INTO "YearTarget"(id, "organisationId", "indicatorCode", year, value) VALUES ('figures-cache-test', $1, $2, 2032, 2000)`,
      [organisationId, indicator],
    );
    const afterTarget = await read();
    expect(afterTarget.run).toBeGreaterThan(before.run);
    const tiles = await getTiles({ organisationId, period: parsePeriod(month)!, fields: ["telecom"] });
    expect(tiles.find((t) => t.indicator.code === indicator)!.current.target).toBe(2000);

    await other.query(
      `DELETE FROM "MonthValue" WHERE "organisationId" = $1 AND "yearMonth" = $2 AND "indicatorCode" = $3`,
      [organisationId, yearMonth, indicator],
    );
    expect(await tileValue()).toBeNull();
  });

  it("keeps what a rolled-back change never showed", async () => {
    const before = await read();
    await other.query("BEGIN");
    await other.query(`UPDATE "YearTarget" SET value = 1 WHERE id = 'figures-cache-test'`);
    await other.query("ROLLBACK");
    expect(await read()).toBe(before);
  });

  it("computes afresh after a change committed during a computation", async () => {
    const racing = await keptFigures({ organisationId, catalog: await findIndicators(), key: "race" }, async () => {
      await other.query(`UPDATE "YearTarget" SET value = value + 1 WHERE id = 'figures-cache-test'`);
      return { run: ++computed };
    });
    const next = await read("race");
    expect(next.run).toBeGreaterThan(racing.run);
  });

  it("changes every token when a figures table is emptied at once", async () => {
    await other.query("BEGIN");
    const token = async () =>
      (await other.query(`SELECT token FROM "FiguresVersion" WHERE "organisationId" = $1`, [organisationId])).rows[0]
        .token as string;
    const before = await token();
    await other.query(`TRUNCATE "YearTarget"`);
    expect(await token()).not.toBe(before);
    await other.query("ROLLBACK");
  });

  it("keeps them when a reload finds the catalog the same, not when an administrator changed it", async () => {
    const catalog = await findIndicators();
    const before = await read();
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 31_000 }); // past the catalog's 30 s
    try {
      expect(await findIndicators()).toBe(catalog);
      expect(await read()).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });

  it("computes again with another catalog", async () => {
    const before = await read();
    forgetCatalog();
    expect((await read()).run).toBeGreaterThan(before.run);
  });
});
