import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findIndicators } from "@/lib/catalog/data";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { getBreakdown, getFieldTiles, getTrend } from "@/lib/dashboard/data";
import { db, disconnectDb } from "@/lib/db/client";
import { parsePeriod } from "@/lib/periods/period";
import { seedDatabase } from "@/lib/seed/seed";

describe("dashboard data", () => {
  let organisationId: string;
  let catalog: CatalogIndicator[];
  const stored = new Map<string, number>();
  const month = (code: string, ym: number) => stored.get(`${code}:${ym}`)!;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    organisationId = (await db().organisation.findUniqueOrThrow({ where: { code: "tra-vinh-stttt" }, select: { id: true } })).id;
    catalog = await findIndicators();
    const rows = await db().monthValue.findMany({ where: { organisationId, yearMonth: { gte: 202201, lte: 202312 } }, select: { indicatorCode: true, yearMonth: true, value: true } });
    for (const r of rows) stored.set(`${r.indicatorCode}:${r.yearMonth}`, Number(r.value));
    for (const [indicatorCode, value] of [["ps.dossiers_received", 500000], ["ps.dossiers_online_rate", 40], ["tel.bts", 1600]] as const) {
      await db().yearTarget.upsert({
        where: { organisationId_indicatorCode_year: { organisationId, indicatorCode, year: 2023 } },
        create: { organisationId, indicatorCode, year: 2023, value },
        update: { value },
      });
    }
  });
  afterAll(() => disconnectDb());

  const sum = (code: string, months: number[]) => months.reduce((s, m) => s + month(code, m), 0);
  const q2 = [202304, 202305, 202306];
  const nine = [202301, 202302, 202303, 202304, 202305, 202306, 202307, 202308, 202309];

  it("sums flows, takes stocks' last month and recomputes ratios for a quarter; a ratio's target is met from January", async () => {
    const tiles = await getFieldTiles({ organisationId, period: parsePeriod("2023-Q2")!, field: "public_services", catalog });
    const tile = (code: string) => tiles.find((t) => t.indicator.code === code)!;
    expect(tile("ps.dossiers_received").current.value).toBe(sum("ps.dossiers_received", q2));
    expect(tile("ps.dossiers_received").previous).toBe(sum("ps.dossiers_received", [202301, 202302, 202303]));
    expect(tile("ps.dossiers_received").lastYear).toBe(sum("ps.dossiers_received", [202204, 202205, 202206]));
    expect(tile("ps.services_full_rate").current.value!.toFixed(2)).toBe("56.89");
    const online = tile("ps.dossiers_online_rate").current.value!;
    expect(online).toBeCloseTo((sum("ps.dossiers_online", q2) / sum("ps.dossiers_received", q2)) * 100, 10);
    const half = [202301, 202302, 202303, ...q2];
    expect(tile("ps.dossiers_online_rate").current.targetPct).toBeCloseTo((sum("ps.dossiers_online", half) / sum("ps.dossiers_received", half) / 40) * 100 * 100, 10);
    expect(tile("ps.dossiers_received").spark).toHaveLength(12);
    expect(tile("ps.dossiers_received").spark.at(-1)).toEqual({ period: "2023-06", value: month("ps.dossiers_received", 202306) });
  });

  it("computes nine months the same way, with % of the year's target from January", async () => {
    const tiles = await getFieldTiles({ organisationId, period: parsePeriod("2023-9M")!, field: "public_services", catalog });
    const dossiers = tiles.find((t) => t.indicator.code === "ps.dossiers_received")!;
    expect(dossiers.current.value).toBe(sum("ps.dossiers_received", nine));
    expect(dossiers.current).toMatchObject({ complete: true, estimate: false, target: 500000 });
    expect(dossiers.current.targetPct).toBeCloseTo((sum("ps.dossiers_received", nine) / 500000) * 100, 10);
    const telecom = await getFieldTiles({ organisationId, period: parsePeriod("2023-9M")!, field: "telecom", catalog });
    const bts = telecom.find((t) => t.indicator.code === "tel.bts")!.current;
    expect(bts.value).toBe(month("tel.bts", 202309));
    expect(bts.targetPct).toBeCloseTo((month("tel.bts", 202309) / 1600) * 100, 10);
  });

  it("gives trends by month, quarter and year to date with last year beside them", async () => {
    const indicator = catalog.find((i) => i.code === "ps.dossiers_received")!;
    const quarterly = await getTrend({ organisationId, indicator, end: 202312, range: 12, grain: "quarter", catalog });
    expect(quarterly.map((p) => p.period)).toEqual(["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]);
    expect(quarterly[1].value).toBe(sum("ps.dossiers_received", q2));
    expect(quarterly[1].lastYear).toBe(sum("ps.dossiers_received", [202204, 202205, 202206]));
    const ytd = await getTrend({ organisationId, indicator, end: 202309, range: 24, grain: "ytd", catalog });
    expect(ytd.at(-1)!.value).toBe(sum("ps.dossiers_received", nine));
  });

  it("breaks a total into its parts", async () => {
    const total = catalog.find((i) => i.code === "ps.dossiers_received")!;
    const breakdown = await getBreakdown({ organisationId, period: parsePeriod("2023-9M")!, total, catalog });
    expect(breakdown.total).toBe(sum("ps.dossiers_received", nine));
    expect(breakdown.parts.reduce((s, p) => s + p.value!, 0)).toBe(breakdown.total);
  });
});
