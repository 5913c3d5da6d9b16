import { describe, expect, it } from "vitest";
import { generateDemoTargets } from "@/lib/seed/demo-targets";
import type { DemoValue } from "@/lib/seed/demo-values";
import { indicator } from "../support/catalog";

const catalog = [
  indicator("ps.received", { isKey: true }),
  indicator("ps.online", { isKey: true, kind: "flow" }),
  indicator("ps.online_rate", {
    isKey: true,
    kind: "ratio",
    numerator: "ps.online",
    denominator: "ps.received",
    decimals: 2,
  }),
  indicator("tel.bts", { isKey: true, kind: "stock" }),
  indicator("tel.full_rate", { isKey: true, kind: "ratio", numerator: "tel.bts", denominator: "tel.bts" }),
  indicator("sec.alerts", { isKey: true, higherIsBetter: false }),
  indicator("general.population", { isKey: true, kind: "stock", field: "general" }),
  indicator("dir.other", { isKey: false }),
];

function months(year: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => year * 100 + k + 1);
}

const values: DemoValue[] = [2022, 2023].flatMap((year) =>
  months(year, year === 2023 ? 5 : 12).flatMap((ym) => {
    const m = ym % 100;
    const row = (code: string, value: number) => ({
      indicator: code,
      yearMonth: ym,
      value: String(value),
      estimate: false,
    });
    return [
      row("ps.received", 1000),
      row("ps.online", 400),
      row("tel.bts", 1200 + m),
      row("sec.alerts", 10),
      row("general.population", 1_000_000),
      row("dir.other", 5),
    ];
  }),
);

describe("demo year targets", () => {
  const targets = generateDemoTargets(catalog, values);
  const target = (code: string, year: number) => targets.find((t) => t.indicator === code && t.year === year)?.value;

  it("sets a year's targets from the whole year before, and none for a year without one", () => {
    expect(targets.every((t) => t.year === 2023)).toBe(true);
    expect(target("ps.received", 2022)).toBeUndefined();
  });

  it("asks a little more than last year: flows from the year's sum, stocks from December, rounded", () => {
    expect(target("ps.received", 2023)).toBe(13_000); // 12.000 × 1,08 = 12.960
    expect(target("tel.bts", 2023)).toBe(1_310); // 1.212 × 1,08 = 1.308,96
  });

  it("raises ratios by five points, never past 100 %", () => {
    expect(target("ps.online_rate", 2023)).toBe(45);
    expect(target("tel.full_rate", 2023)).toBe(100);
  });

  it("sets none where a rise is bad news, for context figures or for indicators off the overview", () => {
    expect(target("sec.alerts", 2023)).toBeUndefined();
    expect(target("general.population", 2023)).toBeUndefined();
    expect(target("dir.other", 2023)).toBeUndefined();
  });
});
