import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, parseLocaleNumber } from "@/lib/format/number";
import { computeRatio } from "@/lib/periods/aggregate";

describe("Vietnamese number formatting", () => {
  it("groups thousands with . and decimals with ,", () => {
    expect(formatNumber("31888.142", 3)).toBe("31.888,142");
    expect(formatNumber(90923, 0)).toBe("90.923");
    expect(formatNumber(469.5, 1)).toBe("469,5");
    expect(formatNumber(186.75, 2)).toBe("186,75");
    expect(formatNumber(7500000, 0)).toBe("7.500.000");
    expect(formatNumber(-1234.5, 1)).toBe("-1.234,5");
    expect(formatNumber(999, 0)).toBe("999");
  });

  it("drops trailing zeros when asked for at most some decimals", () => {
    expect(formatNumber("31888.142000", { max: 6 })).toBe("31.888,142");
    expect(formatNumber(1500, { max: 6 })).toBe("1.500");
    expect(formatNumber(400000, { max: 0 })).toBe("400.000");
    expect(formatNumber(12.5, { max: 2 })).toBe("12,5");
  });

  it("formats English the other way round", () => {
    expect(formatNumber("31888.142", 3, "en")).toBe("31,888.142");
    expect(formatPercent(56.888, 2, "en")).toBe("56.89%");
  });

  it("prints computed percentages: 1.057 of 1.858 is 56,89%", () => {
    expect(formatPercent(computeRatio(1057, 1858)!, 2)).toBe("56,89%");
    expect(formatPercent(computeRatio(23358, 27024)!, 1)).toBe("86,4%");
  });
});

describe("reading typed and pasted numbers", () => {
  it("reads Vietnamese grouping and decimals", () => {
    expect(parseLocaleNumber("1.057")).toEqual({ ok: true, value: "1057" });
    expect(parseLocaleNumber("31.888,142")).toEqual({ ok: true, value: "31888.142" });
    expect(parseLocaleNumber("86,4")).toEqual({ ok: true, value: "86.4" });
    expect(parseLocaleNumber(" 1057 ")).toEqual({ ok: true, value: "1057" });
    expect(parseLocaleNumber("1\u00a0057")).toEqual({ ok: true, value: "1057" });
    expect(parseLocaleNumber("1.5")).toEqual({ ok: true, value: "1.5" });
    expect(parseLocaleNumber("-3")).toEqual({ ok: true, value: "-3" });
    expect(parseLocaleNumber("31,888.142", "en")).toEqual({ ok: true, value: "31888.142" });
  });

  it("rejects what is not a number", () => {
    for (const bad of ["", "abc", "1,2,3", "1.05.7x", "12%", "1e5"]) expect(parseLocaleNumber(bad).ok).toBe(false);
  });
});
