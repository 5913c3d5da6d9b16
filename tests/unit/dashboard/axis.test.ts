import { describe, expect, it } from "vitest";
import { niceStep, niceTicks, targetSegments, valueAxis } from "@/lib/dashboard/axis";

describe("nice ticks", () => {
  it("steps by 1, 2, 2,5 or 5 times a power of ten", () => {
    expect(niceStep(100, 4, 0)).toBe(25);
    expect(niceStep(90, 4, 0)).toBe(25);
    expect(niceStep(70, 4, 0)).toBe(20);
    expect(niceStep(3.3, 4, 2)).toBe(1);
    expect(niceStep(0.8, 4, 2)).toBe(0.2);
    expect(niceStep(4200, 4, 0)).toBe(1000);
  });

  it("never steps finer than the figures' decimals, nor by a step they cannot write", () => {
    expect(niceStep(1, 4, 0)).toBe(1);
    expect(niceStep(0.4, 4, 1)).toBe(0.1);
    // 0,025 needs three decimals: a two-decimal ratio steps by 0,02.
    expect(niceStep(0.1, 4, 3)).toBe(0.025);
    expect(niceStep(0.1, 4, 2)).toBe(0.02);
    expect(niceStep(0, 4, 3)).toBe(0.001);
  });

  it("covers the figures with round values", () => {
    expect(niceTicks(1187, 1262)).toEqual({ domain: [1180, 1280], ticks: [1180, 1200, 1220, 1240, 1260, 1280] });
    expect(niceTicks(0, 412_345)).toEqual({
      domain: [0, 500_000],
      ticks: [0, 100_000, 200_000, 300_000, 400_000, 500_000],
    });
    expect(niceTicks(31.2, 34.9, { decimals: 2 })).toEqual({ domain: [31, 35], ticks: [31, 32, 33, 34, 35] });
    expect(niceTicks(0.3, 0.7, { decimals: 1 })).toEqual({ domain: [0.3, 0.7], ticks: [0.3, 0.4, 0.5, 0.6, 0.7] });
  });

  it("gives a flat series a step on each side, and none below zero", () => {
    expect(niceTicks(1222, 1222)).toEqual({ domain: [1200, 1250], ticks: [1200, 1250] });
    expect(niceTicks(0, 0)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });

  it("stops a share at 100 %", () => {
    expect(niceTicks(100, 100, { decimals: 1, ceiling: 100 })).toEqual({ domain: [95, 100], ticks: [95, 100] });
    expect(niceTicks(96.5, 99.8, { decimals: 2, ceiling: 100 }).domain).toEqual([96, 100]);
    expect(niceTicks(97.2, 100.4, { decimals: 2, ceiling: 100 }).domain).toEqual([97, 101]);
  });
});

describe("value axis", () => {
  it("fits a level's figures", () => {
    expect(valueAxis([1201, 1222, null, 1262], { level: true, decimals: 0 })?.domain).toEqual([1200, 1280]);
  });

  it("starts a flow at zero", () => {
    expect(valueAxis([41_000, 38_500, 45_200], { level: false, decimals: 0 })?.domain).toEqual([0, 50_000]);
  });

  it("has none without figures", () => {
    expect(valueAxis([null, null], { level: true, decimals: 0 })).toBeNull();
  });
});

describe("target line", () => {
  const point = (period: string, target: number | null) => ({ period, target });

  it("runs over each year's own points only", () => {
    const points = [
      point("2024-11", 1300),
      point("2024-12", 1300),
      point("2025-01", 1400),
      point("2025-02", 1400),
      point("2025-03", 1400),
    ];
    expect(targetSegments(points)).toEqual([
      { key: "target2024", year: 2024, value: 1300, first: 0, last: 1, labelAt: "first" },
      { key: "target2025", year: 2025, value: 1400, first: 2, last: 4, labelAt: "last" },
    ]);
  });

  it("leaves out years without a target and a year with a single point", () => {
    const points = [
      point("2023-Q4", 900),
      point("2024-Q1", null),
      point("2024-Q2", null),
      point("2025-Q1", 1400),
      point("2025-Q2", 1400),
    ];
    expect(targetSegments(points).map((s) => s.year)).toEqual([2025]);
  });

  it("labels a segment at its end, unless it is too short for its label at the chart's start", () => {
    const months = (year: number, from: number, to: number, target: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => point(`${year}-${String(from + i).padStart(2, "0")}`, target));
    const chart = [...months(2024, 11, 12, 1370), ...months(2025, 1, 12, 1460), ...months(2026, 1, 2, 1570)];
    expect(targetSegments(chart).map((s) => [s.year, s.labelAt])).toEqual([
      [2024, "first"],
      [2025, "last"],
      [2026, "last"],
    ]);
  });
});
