import { describe, expect, it } from "vitest";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { nationalFigures } from "@/lib/submissions/national";

const indicator = (code: string, kind: CatalogIndicator["kind"], extra: Partial<CatalogIndicator> = {}) =>
  ({ code, kind, decimals: 0, numerator: null, denominator: null, ...extra }) as CatalogIndicator;
const catalog = [
  indicator("ps.dossiers_received", "flow"),
  indicator("ps.dossiers_online", "flow"),
  indicator("ps.dossiers_online_rate", "ratio", {
    numerator: "ps.dossiers_online",
    denominator: "ps.dossiers_received",
    decimals: 2,
  }),
  indicator("tel.fiber_aerial_km", "stock", { decimals: 3 }),
];
const figure = (value: string) => ({ value, estimate: false });

describe("national figures from accepted submissions", () => {
  it("sums flows and levels exactly and recomputes a ratio from the summed parts, never averaging the provinces' ratios", () => {
    const national = nationalFigures(catalog, [
      // 10 % online of 1.000, and 90 % of 9.000: the mean of the ratios would be 50 %.
      {
        "ps.dossiers_received": figure("1000"),
        "ps.dossiers_online": figure("100"),
        "tel.fiber_aerial_km": figure("31888.142"),
      },
      {
        "ps.dossiers_received": figure("9000"),
        "ps.dossiers_online": figure("8100"),
        "tel.fiber_aerial_km": figure("0.858"),
      },
      // Gave the total only: counted in it, not in the ratio.
      { "ps.dossiers_received": figure("5") },
    ]);
    expect(national).toEqual([
      { indicator: "ps.dossiers_received", value: "10005", provinces: 3 },
      { indicator: "ps.dossiers_online", value: "8200", provinces: 2 },
      { indicator: "ps.dossiers_online_rate", value: "82", provinces: 2 },
      { indicator: "tel.fiber_aerial_km", value: "31889", provinces: 2 },
    ]);
  });

  it("leaves out what no province gave, and a ratio over nothing", () => {
    expect(nationalFigures(catalog, [])).toEqual([]);
    expect(
      nationalFigures(catalog, [{ "ps.dossiers_received": figure("0"), "ps.dossiers_online": figure("0") }]).find(
        (f) => f.indicator === "ps.dossiers_online_rate",
      ),
    ).toEqual({ indicator: "ps.dossiers_online_rate", value: null, provinces: 1 });
  });
});
