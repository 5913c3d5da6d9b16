import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { formatMoney, formatNumber, moneyWordings } from "@/lib/format/number";
import { aggregateMonths } from "@/lib/periods/aggregate";
import { formatPeriodCode, periodKinds, periodMonths, samePeriodLastYear, type Period } from "@/lib/periods/period";
import { composeReport, type Figure } from "@/lib/reports/compose";
import { defaultSections } from "@/lib/reports/templates/default-sections";
import { buildReportDocx } from "@/lib/reports/docx";
import { docxText, statesNumber } from "../../support/docx-text";
import { loadCatalog } from "../support/catalog";

// Property: whatever subset of the catalog a department enters, for any period of any kind, the
// Word file states every entered figure's aggregate, Vietnamese-formatted.

const { indicators: catalog, fields } = loadCatalog();
const stored = [...catalog.values()].filter((i) => !isDerived(i.kind));
const profile = {
  name: "Sở Khoa học và Công nghệ",
  parentAuthority: "UBND tỉnh Vĩnh Long",
  place: "Vĩnh Long",
  documentCode: "SKHCN",
  archiveUnit: "VP",
  signerName: "Nguyễn Văn A",
  signerIsDeputy: false,
  recipients: [],
};

const period = fc
  .record({
    kind: fc.constantFrom(...periodKinds),
    year: fc.integer({ min: 2019, max: 2030 }),
    index: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ kind, year, index }): Period => ({
    kind,
    year,
    index:
      kind === "month"
        ? index
        : kind === "quarter"
          ? ((index - 1) % 4) + 1
          : kind === "half"
            ? ((index - 1) % 2) + 1
            : 1,
  }));

/** A month's value as people type it: up to 10 digits before the point and the catalog's decimals after. */
const monthValue = (indicator: CatalogIndicator) =>
  fc
    .bigInt({ min: 0n, max: 10n ** BigInt(10 + indicator.decimals) - 1n })
    .map((n) => Number(n) / 10 ** indicator.decimals);

const entry = fc.record({
  codes: fc.subarray(
    stored.map((i) => i.code),
    { minLength: 1 },
  ),
  period,
  seed: fc.array(fc.tuple(fc.nat({ max: 2 ** 31 }), fc.boolean(), fc.boolean()), {
    minLength: stored.length,
    maxLength: stored.length,
  }),
  moneyWording: fc.constantFrom(...moneyWordings),
});

function figuresOf(codes: string[], p: Period, seed: [number, boolean, boolean][]): Map<string, Figure> {
  const months = periodMonths(p);
  const values = new Map<string, Map<number, { value: number; estimate: boolean }>>();
  codes.forEach((code, i) => {
    const [n, estimate, someMissing] = seed[i];
    const indicator = catalog.get(code)!;
    const sample = fc.sample(monthValue(indicator), { seed: n, numRuns: months.length });
    values.set(
      code,
      new Map(
        months
          .filter((_, m) => !someMissing || m % 2 === 0)
          .map((m, k) => [m, { value: sample[k], estimate: estimate && k === 0 }]),
      ),
    );
  });
  const lastYear = periodMonths(samePeriodLastYear(p));
  const figures = new Map<string, Figure>();
  for (const indicator of catalog.values()) {
    const now = aggregateMonths(indicator, values, months, catalog);
    if (now.exact === null) continue;
    const shifted = new Map(
      [...values].map(([code, byMonth]) => [code, new Map([...byMonth].map(([m, v]) => [m - 100, v]))]),
    );
    const before = aggregateMonths(indicator, shifted, lastYear, catalog);
    figures.set(indicator.code, {
      value: now.exact,
      estimate: now.estimate,
      previous: null,
      lastYear: before.exact,
      targetPct: null,
    });
  }
  return figures;
}

describe("every entered figure reaches the Word file", () => {
  it("for random catalog subsets, values and periods of every kind", async () => {
    await fc.assert(
      fc.asyncProperty(entry, async ({ codes, period: p, seed, moneyWording }) => {
        const figures = figuresOf(codes, p, seed);
        const content = composeReport({
          period: p,
          date: { year: p.year, month: 12, day: 1 },
          number: null,
          profile: { ...profile, moneyWording },
          catalog,
          fieldNames: fields,
          figures,
          sections: defaultSections(p.kind),
          activities: [],
        });
        const text = await docxText(await buildReportDocx(content));
        for (const code of codes) {
          const indicator = catalog.get(code)!;
          const value = figures.get(code)?.value;
          if (value == null) continue;
          const printed =
            indicator.unitVi === "đồng" ? formatMoney(value, moneyWording) : formatNumber(value, indicator.decimals);
          if (!statesNumber(text, printed))
            throw new Error(`${formatPeriodCode(p)}: ${code} = ${value} (${printed}) is not in the Word file`);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it("reads the number of a figure, not a digit inside another", () => {
    expect(statesNumber("có 15 trạm", "5")).toBe(false);
    expect(statesNumber("có 05 trạm", "5")).toBe(true);
    expect(statesNumber("tăng 5,2%", "5")).toBe(false);
    expect(statesNumber("1.222 trạm", "1.222")).toBe(true);
  });
});
