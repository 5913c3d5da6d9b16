import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formatMoney, formatNumber, formatPercent, moneyWordings, parseLocaleNumber } from "@/lib/format/number";
import { computeRatio } from "@/lib/periods/aggregate";
import { delta, percentOfTarget } from "@/lib/dashboard/deltas";
import { changePercent } from "@/lib/values/checks";

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

describe("exact rounding, half up", () => {
  it("rounds the decimal a figure is, not the float nearest to it", () => {
    expect(formatNumber("56.885", 2)).toBe("56,89");
    expect(formatNumber("2.675", 2)).toBe("2,68");
    expect(formatNumber(2.675, 2)).toBe("2,68");
    expect(formatNumber(56.885, 2)).toBe("56,89");
    expect(formatNumber(1.005, 2)).toBe("1,01");
    expect(formatNumber("0.5", 0)).toBe("1");
    expect(formatNumber("2.5", 0)).toBe("3");
    expect(formatNumber("1.4999", 0)).toBe("1");
  });

  it("rounds negative figures away from zero", () => {
    expect(formatNumber("-1234.55", 1)).toBe("-1.234,6");
    expect(formatNumber("-2.5", 0)).toBe("-3");
    expect(formatNumber(-56.885, 2, "en")).toBe("-56.89");
  });

  it("prints a figure that rounds to zero without a sign", () => {
    expect(formatNumber("-0.04", 1)).toBe("0,0");
    expect(formatNumber(-0.0001, { max: 2 })).toBe("0");
    expect(formatNumber(-0, 0)).toBe("0");
  });

  it("keeps every digit of 20-digit values", () => {
    expect(formatNumber("12345678901234567890", 0)).toBe("12.345.678.901.234.567.890");
    expect(formatNumber("12345678901234567890", 0, "en")).toBe("12,345,678,901,234,567,890");
    expect(formatNumber("12345678901234.123456", 6)).toBe("12.345.678.901.234,123456");
    expect(formatNumber("12345678901234.123456", { max: 6 })).toBe("12.345.678.901.234,123456");
    expect(formatNumber("99999999999999999999.5", 0)).toBe("100.000.000.000.000.000.000");
  });

  it("pads and drops decimals as asked", () => {
    expect(formatNumber("7", 2)).toBe("7,00");
    expect(formatNumber("12.50", { max: 2 })).toBe("12,5");
    expect(formatNumber("12.996", { max: 2 })).toBe("13");
    expect(formatNumber("0.000001", { max: 6 })).toBe("0,000001");
  });

  it("accepts decimal strings as the database gives them, numbers and Decimals", () => {
    expect(formatNumber("31888.142000", 3)).toBe("31.888,142");
    expect(formatNumber(" 1057 ", 0)).toBe("1.057");
    expect(formatNumber(new Decimal("2.675"), 2)).toBe("2,68");
    expect(formatNumber(new Decimal("1e21"), 0)).toBe("1.000.000.000.000.000.000.000");
    expect(formatNumber(1e21, 0)).toBe("1.000.000.000.000.000.000.000");
    expect(formatNumber(0.1 + 0.2, 2)).toBe("0,30");
  });

  it("returns what is not a number as given", () => {
    expect(formatNumber("abc", 2)).toBe("abc");
    expect(formatNumber(Number.NaN, 2)).toBe("NaN");
  });

  it("prints a ratio given as a decimal string: 1057 / 1858 is 56,89%", () => {
    const ratio = new Decimal(1057).div(1858).times(100).toString();
    expect(formatPercent(ratio, 2)).toBe("56,89%");
    expect(formatPercent(ratio, 1)).toBe("56,9%");
    expect(formatPercent("57.5", 0)).toBe("58%");
  });
});

describe("figures computed for printing stay on their rounding boundary", () => {
  it("divides ratios, changes and shares of target in decimal", () => {
    expect(computeRatio(23, 40)).toBe(57.5);
    expect(formatPercent(computeRatio(23, 40)!, 0)).toBe("58%");
    expect(formatPercent(computeRatio(247, 2000)!, 1)).toBe("12,4%");
    expect(delta(1.15, 1)!.abs).toBe(0.15);
    expect(formatNumber(delta(1.15, 1)!.abs, 1)).toBe("0,2");
    expect(delta(1.15, 1)!.pct).toBe(15);
    expect(changePercent(40, 63)).toBe(57.5);
    expect(percentOfTarget(23, 40)).toBe(57.5);
  });
});

describe("amounts of money", () => {
  it("words đồng as the organisation chooses", () => {
    expect(formatMoney("7500000", "dong")).toBe("7.500.000 đồng");
    expect(formatMoney(7500000, "dong")).toBe("7.500.000 đồng");
    expect(formatMoney("7500000", "million")).toBe("7,5 triệu đồng");
    expect(formatMoney(120400000000, "billion")).toBe("120,4 tỷ đồng");
    expect(formatMoney("120400000000", "million")).toBe("120.400 triệu đồng");
  });

  it("keeps at most three decimals, rounded half up, without trailing zeros", () => {
    expect(formatMoney("1234567", "million")).toBe("1,235 triệu đồng");
    expect(formatMoney("1234500", "million")).toBe("1,235 triệu đồng");
    expect(formatMoney("1234499", "million")).toBe("1,234 triệu đồng");
    expect(formatMoney("2500000000", "billion")).toBe("2,5 tỷ đồng");
    expect(formatMoney("1000000000", "billion")).toBe("1 tỷ đồng");
    expect(formatMoney("12345678901234567890", "billion")).toBe("12.345.678.901,235 tỷ đồng");
    expect(formatMoney("7500000.4", "dong")).toBe("7.500.000 đồng");
    expect(formatMoney("-7500000", "million")).toBe("-7,5 triệu đồng");
  });

  it("words money in English", () => {
    expect(formatMoney("7500000", "dong", "en")).toBe("7,500,000 VND");
    expect(formatMoney("7500000", "million", "en")).toBe("7.5 million VND");
    expect(formatMoney(120400000000, "billion", "en")).toBe("120.4 billion VND");
  });

  it("offers the wordings to zod", () => {
    const wording = z.enum(moneyWordings);
    expect(wording.parse("million")).toBe("million");
    expect(wording.safeParse("thousand").success).toBe(false);
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
