import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUT as putValues } from "@/app/api/v1/values/route";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { getYearTargets } from "@/lib/targets/year-view";
import { apiRequest, tokenFor } from "../support/api";

// The targets page's year: each field's indicators of that year with the target, the figure and
// the % reached; a year of its own, far from the demo's figures.

const year = 2033;

describe("a year's targets", () => {
  let organisationId: string;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    organisationId = (
      await db().organisation.findUniqueOrThrow({ where: { code: "tra-vinh-stttt" }, select: { id: true } })
    ).id;
    await db().yearTarget.create({ data: { organisationId, indicatorCode: "tel.bts", year, value: 2000 } });
    // Saved as the office saves them, through the API and its checks.
    const office = await tokenFor("vanphong");
    for (const [month, value] of [
      ["01", 1001],
      ["02", 1002],
    ] as const) {
      const answer = await putValues(
        apiRequest("/api/v1/values", {
          token: office,
          method: "PUT",
          body: { org: "tra-vinh-stttt", period: `${year}-${month}`, values: [{ indicator: "tel.bts", value }] },
        }),
        {},
      );
      expect(answer.status).toBe(200);
    }
  });
  afterAll(async () => {
    await db().valueAudit.deleteMany({
      where: { organisationId, yearMonth: { gte: year * 100, lt: (year + 1) * 100 } },
    });
    await db().monthValue.deleteMany({
      where: { organisationId, yearMonth: { gte: year * 100, lt: (year + 1) * 100 } },
    });
    await db().yearTarget.deleteMany({ where: { organisationId, year } });
    await disconnectDb();
  });

  it("lists every field with indicators, each with its target, the year's figure and the % reached", async () => {
    const fields = await getYearTargets({ organisationId, year });
    expect(fields.every((f) => f.rows.length > 0 && f.rows.every((r) => r.indicator.field === f.field.code))).toBe(
      true,
    );
    const bts = fields.flatMap((f) => f.rows).find((r) => r.indicator.code === "tel.bts")!;
    // A level (stations in service) stands at its latest month: 1.002 of 2.000 planned.
    expect(bts).toMatchObject({ target: 2000, value: 1002 });
    expect(bts.targetPct).toBeCloseTo(50.1, 5);
    const none = fields.flatMap((f) => f.rows).find((r) => r.indicator.code === "ps.dossiers_received")!;
    expect(none).toMatchObject({ target: null, value: null, targetPct: null });
  });
});
