import { describe, expect, it } from "vitest";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { factsFromMonths, resolveAggregate, type MonthFacts } from "@/lib/periods/aggregate";
import { parsePeriod, periodMonths, periodRange } from "@/lib/periods/period";
import { chooseFacts, reportedCover, reportedFacts, spanOf, type ReportedFigure } from "@/lib/periods/reported";
import { indicator } from "../support/catalog";

const figure = (period: string, value: string, estimate = false): ReportedFigure => {
  const [first, last] = periodRange(parsePeriod(period)!);
  return { indicator: "x", first, last, value, estimate };
};
const months = (period: string) => periodMonths(parsePeriod(period)!);
const span = (period: string) => spanOf(months(period))!;
const periodsOf = (cover: ReportedFigure[] | null) => cover?.map((f) => `${f.first}-${f.last}`) ?? null;

describe("spans of months", () => {
  it("are several months in a row: a single month or months with a gap are not", () => {
    expect(spanOf(months("2019-Q1"))).toEqual({ first: 201901, last: 201903 });
    expect(spanOf([201903])).toBeNull();
    expect(spanOf([201901, 201903])).toBeNull();
    expect(spanOf([201911, 201912, 202001])).toEqual({ first: 201911, last: 202001 });
  });
});

describe("reported figures that cover a span", () => {
  const quarters = ["2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4"].map((p, i) => figure(p, String(10 * (i + 1))));

  it("take the period's own figure first", () => {
    expect(periodsOf(reportedCover([...quarters, figure("2019", "999")], span("2019")))).toEqual(["201901-201912"]);
  });

  it("build a year from its quarters, or from fewer, longer periods when there are", () => {
    expect(periodsOf(reportedCover(quarters, span("2019")))).toEqual([
      "201901-201903",
      "201904-201906",
      "201907-201909",
      "201910-201912",
    ]);
    expect(periodsOf(reportedCover([...quarters, figure("2019-9M", "60")], span("2019")))).toEqual([
      "201901-201909",
      "201910-201912",
    ]);
    expect(periodsOf(reportedCover([figure("2019-H1", "30"), figure("2019-H2", "70")], span("2019")))).toEqual([
      "201901-201906",
      "201907-201912",
    ]);
  });

  it("build six months from two quarters, and nothing with a quarter missing", () => {
    expect(periodsOf(reportedCover(quarters, span("2019-H1")))).toEqual(["201901-201903", "201904-201906"]);
    expect(reportedCover([quarters[0], quarters[1], quarters[3]], span("2019"))).toBeNull();
    expect(reportedCover([figure("2019-9M", "60")], span("2019"))).toBeNull();
  });

  it("never use a figure reaching outside the span", () => {
    expect(reportedCover([figure("2019", "100")], span("2019-Q1"))).toBeNull();
    expect(reportedCover([figure("2019-H1", "30")], span("2019-Q2"))).toBeNull();
  });

  it("sum for flows, give the last one's level for stocks, and are estimates if any is", () => {
    const facts = reportedFacts([figure("2019-9M", "60.5"), figure("2019-Q4", "40", true)]);
    expect(facts).toEqual({
      sum: "100.5",
      last: "40",
      lastMonth: 201912,
      monthsPresent: 0,
      anyEstimate: true,
      reported: true,
    });
  });
});

describe("months win; reported figures stand in for missing months", () => {
  const q1 = months("2019-Q1");
  const monthFacts = (values: Record<number, number>) =>
    factsFromMonths(new Map(Object.entries(values).map(([m, v]) => [Number(m), { value: v, estimate: false }])), q1);
  const reported = [figure("2019-Q1", "118")];

  it("keep the months when they are all there, even beside a reported figure", () => {
    const all = monthFacts({ 201901: 40, 201902: 40, 201903: 40 });
    expect(chooseFacts(all, 3, reported, spanOf(q1))).toBe(all);
  });

  it("take the reported figure when months are missing, partly or wholly", () => {
    expect(chooseFacts(monthFacts({ 201901: 40 }), 3, reported, spanOf(q1))).toMatchObject({
      sum: "118",
      reported: true,
    });
    expect(chooseFacts(undefined, 3, reported, spanOf(q1))).toMatchObject({ sum: "118", reported: true });
  });

  it("keep the months they have without a covering figure, and a single month never takes one", () => {
    const partial = monthFacts({ 201901: 40 });
    expect(chooseFacts(partial, 3, [figure("2019-H1", "200")], spanOf(q1))).toBe(partial);
    expect(chooseFacts(undefined, 1, reported, spanOf([201903]))).toBeUndefined();
  });

  it("make a value `reported` and complete, and recompute a ratio over a reported part", () => {
    const catalog = new Map<string, CatalogIndicator>(
      [
        indicator("ps.received", { kind: "flow" }),
        indicator("ps.online", { kind: "flow" }),
        indicator("ps.online_rate", { kind: "ratio", numerator: "ps.online", denominator: "ps.received", decimals: 2 }),
      ].map((i) => [i.code, i]),
    );
    const facts = new Map<string, MonthFacts>([
      ["ps.online", reportedFacts([figure("2019-Q1", "30")])],
      ["ps.received", monthFacts({ 201901: 40, 201902: 40, 201903: 40 })],
    ]);
    expect(resolveAggregate(catalog.get("ps.online")!, facts, 3, catalog)).toEqual({
      value: 30,
      exact: "30",
      estimate: false,
      complete: true,
      source: "reported",
      lastMonth: 201903,
    });
    expect(resolveAggregate(catalog.get("ps.online_rate")!, facts, 3, catalog)).toMatchObject({
      value: 25,
      source: "reported",
      complete: true,
    });
    expect(resolveAggregate(catalog.get("ps.received")!, facts, 3, catalog)).toMatchObject({
      value: 120,
      source: "months",
    });
  });
});
