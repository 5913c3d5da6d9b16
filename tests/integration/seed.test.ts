import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";

const tables = [
  "Organisation",
  "OrganisationProfile",
  "Unit",
  "UnitField",
  "User",
  "Field",
  "Indicator",
  "MonthValue",
  "ValueAudit",
  "YearTarget",
  "ApiToken",
  "OrganisationAccess",
  "Activity",
];

async function tableFingerprints(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const out: Record<string, string> = {};
    for (const table of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS h FROM "${table}" t`,
      );
      out[table] = `${rows[0].n}:${rows[0].h}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

describe("seed", () => {
  beforeAll(() => disconnectDb());
  afterAll(() => disconnectDb());

  it("loads the catalog and the demo organisation, and a second run changes nothing", async () => {
    const first = await seedDatabase({ demo: true });
    const before = await tableFingerprints();
    const second = await seedDatabase({ demo: true });
    expect(second).toEqual({ catalogChanges: 0, demoCreated: false });
    expect(await tableFingerprints()).toEqual(before);
    expect(first.catalogChanges + (first.demoCreated ? 1 : 0)).toBeGreaterThanOrEqual(0);
    expect(Number(before.Indicator.split(":")[0])).toBeGreaterThan(100);
    expect(Number(before.User.split(":")[0])).toBeGreaterThanOrEqual(5);
  });
});
