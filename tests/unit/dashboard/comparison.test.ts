import { describe, expect, it } from "vitest";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { comparisonBases, isCumulative, monthsSoFar, spanLabel } from "@/lib/dashboard/comparison";
import { getDictionary } from "@/lib/i18n/dictionary";
import { parsePeriod, periodMonths, ytdMonths } from "@/lib/periods/period";
import { indicator } from "../support/catalog";

const p = (code: string) => parsePeriod(code)!;
const span = (locale: "vi" | "en") => ({
  ...getDictionary(locale).dashboard,
  monthNames: getDictionary(locale).pickers.monthNames,
});

describe("a period in progress", () => {
  it("counts the months it has so far, up to its latest figure", () => {
    expect(monthsSoFar(periodMonths(p("2026-Q4")), 202610)).toBe(1);
    expect(monthsSoFar(periodMonths(p("2026-Q4")), 202611)).toBe(2);
    expect(monthsSoFar(periodMonths(p("2026")), 202610)).toBe(10);
    expect(monthsSoFar(ytdMonths(p("2026-12")), 202610)).toBe(10);
  });

  it("is whole when its last month has a figure, or has no figure at all", () => {
    expect(monthsSoFar(periodMonths(p("2026-Q3")), 202609)).toBeNull();
    expect(monthsSoFar(periodMonths(p("2026-10")), 202610)).toBeNull();
    expect(monthsSoFar(periodMonths(p("2026-Q4")), null)).toBeNull();
    expect(monthsSoFar(periodMonths(p("2027-Q1")), 202610)).toBeNull();
  });

  it("is compared with the same leading months of the previous period and of last year", () => {
    expect(comparisonBases(p("2026-Q4"), 1)).toEqual({
      previous: { period: p("2026-Q3"), months: [202607] },
      lastYear: { period: p("2025-Q4"), months: [202510] },
    });
    expect(comparisonBases(p("2026-Q1"), 2)).toEqual({
      previous: { period: p("2025-Q4"), months: [202510, 202511] },
      lastYear: { period: p("2025-Q1"), months: [202501, 202502] },
    });
    const year = comparisonBases(p("2026"), 10);
    expect(year.lastYear.months).toEqual(periodMonths(p("2025")).slice(0, 10));
    // A year's previous period is the same period last year.
    expect(year.previous).toEqual(year.lastYear);
  });

  it("is compared with whole periods once it has run its course", () => {
    expect(comparisonBases(p("2026-Q3"), null)).toEqual({
      previous: { period: p("2026-Q2"), months: [202604, 202605, 202606] },
      lastYear: { period: p("2025-Q3"), months: [202507, 202508, 202509] },
    });
  });

  it("names its months as a tile says them", () => {
    expect(spanLabel(p("2026-Q4"), 1, span("vi"))).toBe("tháng 10");
    expect(spanLabel(p("2026-Q4"), 2, span("vi"))).toBe("2 tháng đầu quý");
    expect(spanLabel(p("2026"), 10, span("vi"))).toBe("10 tháng đầu năm");
    expect(spanLabel(p("2026-H1"), 4, span("vi"))).toBe("4 tháng đầu năm");
    expect(spanLabel(p("2026-H2"), 4, span("vi"))).toBe("tháng 7–10");
    expect(spanLabel(p("2026-Q4"), 1, span("en"))).toBe("October");
    expect(spanLabel(p("2026-Q4"), 2, span("en"))).toBe("first 2 months of the quarter");
    expect(spanLabel(p("2026"), 10, span("en"))).toBe("first 10 months of the year");
  });
});

describe("what a year's target measures", () => {
  const catalog = new Map<string, CatalogIndicator>(
    [
      indicator("ps.dossiers_received", { kind: "flow" }),
      indicator("ps.dossiers_online", { kind: "flow" }),
      indicator("ps.dossiers_online_rate", {
        kind: "ratio",
        numerator: "ps.dossiers_online",
        denominator: "ps.dossiers_received",
      }),
      indicator("ps.services_total", { kind: "stock" }),
      indicator("ps.services_full", { kind: "stock" }),
      indicator("ps.services_full_rate", {
        kind: "ratio",
        numerator: "ps.services_full",
        denominator: "ps.services_total",
      }),
    ].map((i) => [i.code, i]),
  );
  const cumulative = (code: string) => isCumulative(catalog.get(code)!, catalog);

  it("sums flows and ratios of flows since January; levels stand as they are", () => {
    expect(cumulative("ps.dossiers_received")).toBe(true);
    expect(cumulative("ps.dossiers_online_rate")).toBe(true);
    expect(cumulative("ps.services_total")).toBe(false);
    expect(cumulative("ps.services_full_rate")).toBe(false);
  });
});
