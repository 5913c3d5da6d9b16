import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findIndicators } from "@/lib/catalog/data";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { getBreakdown, getTiles, getTrend } from "@/lib/dashboard/data";
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
    organisationId = (
      await db().organisation.findUniqueOrThrow({ where: { code: "tra-vinh-stttt" }, select: { id: true } })
    ).id;
    catalog = await findIndicators();
    const rows = await db().monthValue.findMany({
      where: { organisationId, yearMonth: { gte: 202201, lte: 202312 } },
      select: { indicatorCode: true, yearMonth: true, value: true },
    });
    for (const r of rows) stored.set(`${r.indicatorCode}:${r.yearMonth}`, Number(r.value));
    for (const [indicatorCode, value] of [
      ["ps.dossiers_received", 500000],
      ["ps.dossiers_online_rate", 40],
      ["tel.bts", 1600],
    ] as const) {
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
    const tiles = await getTiles({
      organisationId,
      period: parsePeriod("2023-Q2")!,
      fields: ["public_services"],
    });
    const tile = (code: string) => tiles.find((t) => t.indicator.code === code)!;
    expect(tile("ps.dossiers_received").current.value).toBe(sum("ps.dossiers_received", q2));
    expect(tile("ps.dossiers_received").previous).toBe(sum("ps.dossiers_received", [202301, 202302, 202303]));
    expect(tile("ps.dossiers_received").lastYear).toBe(sum("ps.dossiers_received", [202204, 202205, 202206]));
    expect(tile("ps.services_full_rate").current.value!.toFixed(2)).toBe("56.89");
    const online = tile("ps.dossiers_online_rate").current.value!;
    expect(online).toBeCloseTo((sum("ps.dossiers_online", q2) / sum("ps.dossiers_received", q2)) * 100, 10);
    const half = [202301, 202302, 202303, ...q2];
    expect(tile("ps.dossiers_online_rate").current.targetPct).toBeCloseTo(
      (sum("ps.dossiers_online", half) / sum("ps.dossiers_received", half) / 40) * 100 * 100,
      10,
    );
    expect(tile("ps.dossiers_received").spark).toHaveLength(12);
    expect(tile("ps.dossiers_received").spark.at(-1)).toEqual({
      period: "2023-06",
      value: month("ps.dossiers_received", 202306),
    });
  });

  it("computes nine months the same way, with % of the year's target from January", async () => {
    const tiles = await getTiles({
      organisationId,
      period: parsePeriod("2023-9M")!,
      fields: ["public_services"],
    });
    const dossiers = tiles.find((t) => t.indicator.code === "ps.dossiers_received")!;
    expect(dossiers.current.value).toBe(sum("ps.dossiers_received", nine));
    expect(dossiers.current).toMatchObject({ complete: true, estimate: false, target: 500000 });
    expect(dossiers.current.targetPct).toBeCloseTo((sum("ps.dossiers_received", nine) / 500000) * 100, 10);
    const telecom = await getTiles({ organisationId, period: parsePeriod("2023-9M")!, fields: ["telecom"] });
    const bts = telecom.find((t) => t.indicator.code === "tel.bts")!.current;
    expect(bts.value).toBe(month("tel.bts", 202309));
    expect(bts.targetPct).toBeCloseTo((month("tel.bts", 202309) / 1600) * 100, 10);
  });

  it("gives every field the tiles it gets alone when the overview asks for all fields at once", async () => {
    const period = parsePeriod("2023-9M")!;
    const fields = ["public_services", "telecom"];
    const together = await getTiles({ organisationId, period, fields });
    const alone = (
      await Promise.all(fields.map((field) => getTiles({ organisationId, period, fields: [field] })))
    ).flat();
    expect(together).toEqual(alone);
  });

  it("gives trends by month, quarter and year to date with last year beside them", async () => {
    const indicator = catalog.find((i) => i.code === "ps.dossiers_received")!;
    const quarterly = await getTrend({ organisationId, indicator, end: 202312, range: 12, grain: "quarter" });
    expect(quarterly.map((p) => p.period)).toEqual(["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]);
    expect(quarterly[1].value).toBe(sum("ps.dossiers_received", q2));
    expect(quarterly[1].lastYear).toBe(sum("ps.dossiers_received", [202204, 202205, 202206]));
    const ytd = await getTrend({ organisationId, indicator, end: 202309, range: 24, grain: "ytd" });
    expect(ytd.at(-1)!.value).toBe(sum("ps.dossiers_received", nine));
  });

  it("breaks a total into its parts", async () => {
    const total = catalog.find((i) => i.code === "ps.dossiers_received")!;
    const breakdown = await getBreakdown({ organisationId, period: parsePeriod("2023-9M")!, total });
    expect(breakdown.total).toBe(sum("ps.dossiers_received", nine));
    expect(breakdown.parts.reduce((s, p) => s + p.value!, 0)).toBe(breakdown.total);
  });
});

describe("a period in progress", () => {
  const code = "partial-period-test";
  let organisationId: string;
  let catalog: CatalogIndicator[];
  // Figures from January 2024 to October 2025: the fourth quarter of 2025 has its first month, 2025 its first ten.
  const months = [
    ...Array.from({ length: 12 }, (_, i) => 202401 + i),
    ...Array.from({ length: 10 }, (_, i) => 202501 + i),
  ];
  const received = (ym: number) => 1000 + (ym % 100) * 10 + (ym > 202500 ? 5 : 0);
  const bts = (ym: number) => 1200 + (ym % 100) + (ym > 202500 ? 12 : 0);

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    catalog = await findIndicators();
    organisationId = (await db().organisation.create({ data: { code }, select: { id: true } })).id;
    await db().monthValue.createMany({
      data: months.flatMap((yearMonth) => [
        { organisationId, indicatorCode: "ps.dossiers_received", yearMonth, value: received(yearMonth) },
        { organisationId, indicatorCode: "tel.bts", yearMonth, value: bts(yearMonth) },
      ]),
    });
    await db().yearTarget.create({
      data: { organisationId, indicatorCode: "ps.dossiers_received", year: 2025, value: 20000 },
    });
  });
  afterAll(async () => {
    await db().organisation.delete({ where: { id: organisationId } });
  });

  const sum = (yms: number[]) => yms.reduce((s, ym) => s + received(ym), 0);
  const tile = async (period: string, field: string, indicator: string) =>
    (await getTiles({ organisationId, period: parsePeriod(period)!, fields: [field] })).find(
      (t) => t.indicator.code === indicator,
    )!;

  it("compares a quarter with one month entered with that month of the previous quarter and of last year", async () => {
    const dossiers = await tile("2025-Q4", "public_services", "ps.dossiers_received");
    expect(dossiers.current).toMatchObject({ value: received(202510), complete: false, lastMonth: 202510 });
    expect(dossiers.soFar).toBe(1);
    expect(dossiers.previous).toBe(received(202507));
    expect(dossiers.lastYear).toBe(received(202410));
    // A quarter's whole would have shown a false fall of two thirds.
    expect(dossiers.current.value).toBeGreaterThan(dossiers.lastYear!);
  });

  it("compares ten months of a year with the first ten of the year before, and measures the target over them", async () => {
    const dossiers = await tile("2025", "public_services", "ps.dossiers_received");
    const tenMonths = (year: number) => Array.from({ length: 10 }, (_, i) => year * 100 + i + 1);
    expect(dossiers.soFar).toBe(10);
    expect(dossiers.current.value).toBe(sum(tenMonths(2025)));
    expect(dossiers.lastYear).toBe(sum(tenMonths(2024)));
    expect(dossiers.current).toMatchObject({ targetThrough: 202510 });
    expect(dossiers.current.targetPct).toBeCloseTo((sum(tenMonths(2025)) / 20000) * 100, 10);
    expect(dossiers.cumulative).toBe(true);
  });

  it("takes a level at the same month of the periods it is compared with", async () => {
    const towers = await tile("2025-Q4", "telecom", "tel.bts");
    expect(towers).toMatchObject({ soFar: 1, previous: bts(202507), lastYear: bts(202410), cumulative: false });
    expect(towers.current.value).toBe(bts(202510));
  });

  it("compares a whole quarter with whole quarters", async () => {
    const dossiers = await tile("2025-Q3", "public_services", "ps.dossiers_received");
    expect(dossiers.soFar).toBeNull();
    expect(dossiers.previous).toBe(sum([202504, 202505, 202506]));
    expect(dossiers.lastYear).toBe(sum([202407, 202408, 202409]));
  });

  it("draws last year's line of a quarter in progress over the same months", async () => {
    const indicator = catalog.find((i) => i.code === "ps.dossiers_received")!;
    const quarters = await getTrend({ organisationId, indicator, end: 202512, range: 12, grain: "quarter" });
    expect(quarters.at(-1)).toMatchObject({
      period: "2025-Q4",
      value: received(202510),
      lastYear: received(202410),
      soFar: 1,
    });
    expect(quarters.at(-2)).toMatchObject({ period: "2025-Q3", lastYear: sum([202407, 202408, 202409]), soFar: null });
    const ytd = await getTrend({ organisationId, indicator, end: 202512, range: 3, grain: "ytd" });
    expect(ytd.map((p) => p.soFar)).toEqual([null, 10, 10]);
    expect(ytd.at(-1)!.lastYear).toBe(sum(months.filter((ym) => ym >= 202401 && ym <= 202410)));
  });
});
