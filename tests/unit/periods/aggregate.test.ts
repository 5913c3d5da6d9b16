import { describe, expect, it } from "vitest";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { aggregateMonths, computeRatio } from "@/lib/periods/aggregate";
import { parsePeriod, periodMonths, ytdMonths } from "@/lib/periods/period";
import { indicator } from "../support/catalog";

const catalog = new Map<string, CatalogIndicator>(
  [
    indicator("ps.dossiers_received", { kind: "flow" }),
    indicator("ps.dossiers_online", { kind: "flow", parent: "ps.dossiers_received" }),
    indicator("ps.dossiers_online_rate", {
      kind: "ratio",
      numerator: "ps.dossiers_online",
      denominator: "ps.dossiers_received",
      decimals: 2,
    }),
    indicator("ps.services_total", { kind: "stock" }),
    indicator("ps.services_full", { kind: "stock" }),
    indicator("ps.services_full_rate", {
      kind: "ratio",
      numerator: "ps.services_full",
      denominator: "ps.services_total",
      decimals: 2,
    }),
    indicator("tel.mobile_subscribers", { kind: "stock" }),
    indicator("org.population", { kind: "stock" }),
    indicator("tel.mobile_density", {
      kind: "density",
      numerator: "tel.mobile_subscribers",
      denominator: "org.population",
    }),
  ].map((i) => [i.code, i]),
);

type Series = Record<string, Record<number, number | [number, boolean]>>;
function values(series: Series) {
  return new Map(
    Object.entries(series).map(([code, months]) => [
      code,
      new Map(
        Object.entries(months).map(([ym, v]) => [
          Number(ym),
          Array.isArray(v) ? { value: v[0], estimate: v[1] } : { value: v, estimate: false },
        ]),
      ),
    ]),
  );
}
const q2 = periodMonths(parsePeriod("2023-Q2")!);
const agg = (code: string, series: Series, months = q2) =>
  aggregateMonths(catalog.get(code)!, values(series), months, catalog);

describe("aggregation by kind", () => {
  it("sums flows", () => {
    expect(agg("ps.dossiers_received", { "ps.dossiers_received": { 202304: 100, 202305: 200, 202306: 300 } })).toEqual({
      value: 600,
      exact: "600",
      estimate: false,
      complete: true,
      source: "months",
      lastMonth: 202306,
    });
  });

  it("takes a stock's last month present", () => {
    expect(agg("ps.services_total", { "ps.services_total": { 202304: 1800, 202305: 1858 } })).toEqual({
      value: 1858,
      exact: "1858",
      estimate: false,
      complete: false,
      source: "months",
      lastMonth: 202305,
    });
  });

  it("recomputes a ratio from aggregated parts, never averaging monthly ratios", () => {
    const series = {
      "ps.dossiers_received": { 202304: 100, 202305: 100, 202306: 800 },
      "ps.dossiers_online": { 202304: 90, 202305: 90, 202306: 80 },
    };
    const result = agg("ps.dossiers_online_rate", series);
    expect(result.value).toBeCloseTo((260 / 1000) * 100, 10);
    const averaged = (90 + 90 + 10) / 3;
    expect(result.value).not.toBeCloseTo(averaged, 1);
  });

  it("gives 56,89 % for 1.057 of 1.858 services (the seed printed 57,96 %)", () => {
    const result = agg(
      "ps.services_full_rate",
      { "ps.services_full": { 202306: 1057 }, "ps.services_total": { 202306: 1858 } },
      [202306],
    );
    expect(result.value!.toFixed(2)).toBe("56.89");
  });

  it("computes a density per 100 inhabitants from the last levels", () => {
    const result = agg("tel.mobile_density", {
      "tel.mobile_subscribers": { 202306: 1_050_000 },
      "org.population": { 202306: 1_000_000 },
    });
    expect(result.value).toBeCloseTo(105, 10);
  });

  it("says the latest month a ratio's parts reach", () => {
    const series = { "ps.dossiers_received": { 202304: 100, 202305: 100 }, "ps.dossiers_online": { 202304: 90 } };
    expect(agg("ps.dossiers_online_rate", series)).toMatchObject({ complete: false, lastMonth: 202305 });
  });

  it("sums the year to date and marks estimates and missing months", () => {
    const months = ytdMonths(parsePeriod("2023-03")!);
    expect(
      agg("ps.dossiers_received", { "ps.dossiers_received": { 202301: 10, 202302: 20, 202303: [30, true] } }, months),
    ).toEqual({ value: 60, exact: "60", estimate: true, complete: true, source: "months", lastMonth: 202303 });
    expect(agg("ps.dossiers_received", { "ps.dossiers_received": { 202301: 10, 202303: 30 } }, months)).toEqual({
      value: 40,
      exact: "40",
      estimate: false,
      complete: false,
      source: "months",
      lastMonth: 202303,
    });
  });

  it("has no value without months or with a zero denominator", () => {
    expect(agg("ps.dossiers_received", {})).toEqual({
      value: null,
      exact: null,
      estimate: false,
      complete: false,
      source: "months",
      lastMonth: null,
    });
    expect(
      agg("ps.services_full_rate", { "ps.services_full": { 202306: 0 }, "ps.services_total": { 202306: 0 } }, [202306])
        .value,
    ).toBeNull();
    expect(computeRatio(1, 0)).toBeNull();
  });
});
