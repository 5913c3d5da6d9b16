import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";

describe("decimal values", () => {
  beforeAll(() => seedDatabase({ demo: true }));
  afterAll(() => disconnectDb());

  it("round-trips 31888.142 exactly as a Decimal", async () => {
    const organisation = await db().organisation.findUniqueOrThrow({
      where: { code: "tra-vinh-stttt" },
      select: { id: true },
    });
    const key = { organisationId: organisation.id, indicatorCode: "tel.fiber_aerial_km", yearMonth: 199001 };
    await db().monthValue.create({ data: { ...key, value: "31888.142" } });
    const read = await db().monthValue.findUniqueOrThrow({
      where: { organisationId_indicatorCode_yearMonth: key },
      select: { value: true },
    });
    expect(read.value.toString()).toBe("31888.142");
    expect(read.value.equals("31888.142")).toBe(true);
    const sum = await db().monthValue.aggregate({ where: key, _sum: { value: true } });
    expect(sum._sum.value?.toFixed(3)).toBe("31888.142");
    await db().monthValue.delete({ where: { organisationId_indicatorCode_yearMonth: key } });
  });

  it("keeps six decimals without float noise", async () => {
    const organisation = await db().organisation.findUniqueOrThrow({
      where: { code: "tra-vinh-stttt" },
      select: { id: true },
    });
    const key = { organisationId: organisation.id, indicatorCode: "inv.capital_disbursed", yearMonth: 199001 };
    await db().monthValue.create({ data: { ...key, value: "0.1" } });
    await db().monthValue.update({
      where: { organisationId_indicatorCode_yearMonth: key },
      data: { value: { increment: "0.2" } },
    });
    const read = await db().monthValue.findUniqueOrThrow({
      where: { organisationId_indicatorCode_yearMonth: key },
      select: { value: true },
    });
    expect(read.value.toString()).toBe("0.3");
    await db().monthValue.delete({ where: { organisationId_indicatorCode_yearMonth: key } });
  });
});
