import { describe, expect, it } from "vitest";
import { changeRule, minimumChange, needsNote, splitRecent, usualRange } from "@/lib/values/change-rule";

/** 24 months around a level, alternating a little above and below it. */
const around = (level: number, spread: number) =>
  Array.from({ length: 24 }, (_, i) => level + (i % 2 ? spread : -spread));

describe("the change rule", () => {
  it("lets small counts move: 1 -> 2 and 5 -> 15 need no note, with or without history", () => {
    for (const range of [null, usualRange(around(1, 0)), usualRange(around(5, 1))]) {
      expect(needsNote({ from: 1, to: 2, decimals: 0, range })).toBe(false);
      expect(needsNote({ from: 5, to: 15, decimals: 0, range })).toBe(false);
    }
  });

  it("asks for a note on a real jump against the indicator's history", () => {
    const range = usualRange(around(33_000, 2_000))!;
    expect(range).toEqual({ low: 27_000, high: 39_000, months: 24 });
    expect(needsNote({ from: 33_000, to: 99_000, decimals: 0, range })).toBe(true);
    expect(needsNote({ from: 33_000, to: 9_000, decimals: 0, range })).toBe(true);
    // A small count that leaves its usual range by more than 10 still needs one.
    expect(needsNote({ from: 2, to: 40, decimals: 0, range: usualRange(around(2, 1)) })).toBe(true);
  });

  it("lets a large % change pass when the value stays within the usual range", () => {
    // Last month was unusually low; this month is back to the usual level.
    const range = usualRange(around(30_000, 10_000))!;
    expect(needsNote({ from: 15_000, to: 35_000, decimals: 0, range })).toBe(false);
    expect(needsNote({ from: 15_000, to: 70_000, decimals: 0, range })).toBe(true);
  });

  it("falls back to more than 50 % and more than 10 steps with fewer than 12 months of history", () => {
    expect(usualRange(around(100, 5).slice(0, changeRule.minHistory - 1))).toBeNull();
    expect(needsNote({ from: 100, to: 149, decimals: 0, range: null })).toBe(false);
    expect(needsNote({ from: 100, to: 151, decimals: 0, range: null })).toBe(true);
    expect(needsNote({ from: 5, to: 16, decimals: 0, range: null })).toBe(true);
    expect(needsNote({ from: 20, to: 9, decimals: 0, range: null })).toBe(true);
    expect(needsNote({ from: 0, to: 10, decimals: 0, range: null })).toBe(false);
    expect(needsNote({ from: 0, to: 11, decimals: 0, range: null })).toBe(true);
  });

  it("measures the 10 steps in the indicator's last decimal, exactly", () => {
    expect(minimumChange(0).toString()).toBe("10");
    expect(minimumChange(1).toString()).toBe("1");
    expect(minimumChange(3).toString()).toBe("0.01");
    expect(needsNote({ from: 1.2, to: 2.2, decimals: 1, range: null })).toBe(false);
    expect(needsNote({ from: 1.2, to: 2.3, decimals: 1, range: null })).toBe(true);
  });

  it("computes mean ± 3 standard deviations, never below zero", () => {
    expect(usualRange(around(10, 2))).toEqual({ low: 4, high: 16, months: 24 });
    expect(usualRange(around(3, 2))).toEqual({ low: 0, high: 9, months: 24 });
  });

  it("splits the 24 months before a month into last month, the same month last year and the history", () => {
    const recent = splitRecent(
      [
        { indicator: "a", yearMonth: 202409, value: 1 },
        { indicator: "a", yearMonth: 202410, value: 2 },
        { indicator: "a", yearMonth: 202510, value: 3 },
        { indicator: "a", yearMonth: 202609, value: 4 },
        { indicator: "a", yearMonth: 202610, value: 5 },
      ],
      202610,
    );
    expect(recent.previous.get("a")).toBe(4);
    expect(recent.lastYear.get("a")).toBe(3);
    expect(recent.history.get("a")).toEqual([2, 3, 4]);
  });
});
