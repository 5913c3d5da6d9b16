import { describe, expect, it } from "vitest";
import { coversSpan, entryPeriodKind, frequencyOfKind, periodEndingIn } from "@/lib/catalog/frequency";
import { formatPeriodCode, monthsBetween } from "@/lib/periods/period";

describe("an indicator's frequency", () => {
  it("names the kind of period its figures are entered for, and back", () => {
    expect(entryPeriodKind("quarterly")).toBe("quarter");
    expect(entryPeriodKind("half-yearly")).toBe("half");
    expect(frequencyOfKind("year")).toBe("yearly");
    expect(frequencyOfKind("nine")).toBeNull();
  });

  it("has its period end in the last month of a quarter, half or year only", () => {
    const ending = (ym: number) =>
      (["quarterly", "half-yearly", "yearly"] as const)
        .map((f) => periodEndingIn(f, ym))
        .map((p) => (p ? formatPeriodCode(p) : null));
    expect(ending(202503)).toEqual(["2025-Q1", null, null]);
    expect(ending(202506)).toEqual(["2025-Q2", "2025-H1", null]);
    expect(ending(202512)).toEqual(["2025-Q4", "2025-H2", "2025"]);
    expect(ending(202505)).toEqual([null, null, null]);
  });

  it("gives a figure over whole periods of its own: a quarterly one over a quarter, six or nine months or a year, not a month", () => {
    expect(coversSpan("monthly", [202505])).toBe(true);
    expect(coversSpan("quarterly", [202505])).toBe(false);
    expect(coversSpan("quarterly", monthsBetween(202501, 202503))).toBe(true);
    expect(coversSpan("quarterly", monthsBetween(202501, 202509))).toBe(true);
    expect(coversSpan("quarterly", monthsBetween(202502, 202504))).toBe(false);
    expect(coversSpan("half-yearly", monthsBetween(202501, 202509))).toBe(false);
    expect(coversSpan("yearly", monthsBetween(202501, 202512))).toBe(true);
    expect(coversSpan("yearly", monthsBetween(202501, 202506))).toBe(false);
  });
});
