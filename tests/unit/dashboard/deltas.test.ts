import { describe, expect, it } from "vitest";
import { delta, deltaTone, formatChange, percentOfTarget } from "@/lib/dashboard/deltas";

describe("deltas", () => {
  it("gives the absolute and relative change", () => {
    expect(delta(1222, 1100)).toEqual({ abs: 122, pct: (122 / 1100) * 100 });
    expect(delta(90, 100)!.pct).toBeCloseTo(-10);
    expect(delta(5, 0)).toEqual({ abs: 5, pct: null });
    expect(delta(null, 3)).toBeNull();
    expect(delta(3, undefined)).toBeNull();
  });

  it("colours by whether up is good for the indicator", () => {
    expect(deltaTone(delta(120, 100), true)).toBe("good");
    expect(deltaTone(delta(80, 100), true)).toBe("bad");
    expect(deltaTone(delta(12, 10), false)).toBe("bad");
    expect(deltaTone(delta(8, 10), false)).toBe("good");
    expect(deltaTone(delta(10, 10), true)).toBe("neutral");
    expect(deltaTone(null, true)).toBe("neutral");
  });

  it("computes % of the year's target", () => {
    expect(percentOfTarget(75, 100)).toBe(75);
    expect(percentOfTarget(130, 100)).toBe(130);
    expect(percentOfTarget(5, 0)).toBeNull();
    expect(percentOfTarget(null, 100)).toBeNull();
    expect(percentOfTarget(5, null)).toBeNull();
  });

  it("prints a change with its sign, and no change as none", () => {
    expect(formatChange(122, 0, "vi")).toBe("+122");
    expect(formatChange(-1.25, 1, "vi")).toBe("-1,3");
    expect(formatChange(1234.5, 1, "en")).toBe("+1,234.5");
    expect(formatChange(0, 1, "vi")).toBeNull();
    // Digits beyond the indicator's decimals are no change: never "+0,0".
    expect(formatChange(0.04, 1, "vi")).toBeNull();
    expect(formatChange(-0.004, 2, "vi")).toBeNull();
  });
});
