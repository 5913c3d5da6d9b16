import { describe, expect, it } from "vitest";
import { catalogOfMonth, catalogOfMonths, catalogOfYear, isActiveIn, namedAt, namesAt } from "@/lib/catalog/dated";
import { monthsBetween } from "@/lib/periods/period";
import { canSave, checkMonthValues } from "@/lib/values/checks";
import { indicator, loadCatalog } from "../support/catalog";

// The 2025 reform in the shipped catalog: district indicators end in June 2025, commune-level
// wording changes from July 2025, and a period shows the catalog of its time.

const shipped = [...loadCatalog().indicators.values()];
const codes = (list: { code: string }[]) => list.map((i) => i.code);

describe("the catalog as of a month", () => {
  it("reports district agencies up to June 2025 and not after", () => {
    const district = shipped.find((i) => i.code === "it.ioffice_agencies_district")!;
    expect(isActiveIn(district, 202506)).toBe(true);
    expect(isActiveIn(district, 202507)).toBe(false);
    expect(codes(catalogOfMonth(shipped, 202506))).toContain("it.ioffice_agencies_district");
    expect(codes(catalogOfMonth(shipped, 202507))).not.toContain("it.ioffice_agencies_district");
    expect(codes(catalogOfMonth(shipped, 202507))).toContain("it.ioffice_agencies_commune");
  });

  it("offers no indicator outside its months: the 2023 online-service split not in 2022", () => {
    expect(codes(catalogOfMonth(shipped, 202212))).not.toContain("ps.services_full");
    expect(codes(catalogOfMonth(shipped, 202301))).toContain("ps.services_full");
  });

  it("takes a level at the period's end and a flow over any of its months", () => {
    const catalog = [
      indicator("a.level", { kind: "stock", activeTo: 202506 }),
      indicator("a.flow", { kind: "flow", activeTo: 202506 }),
      indicator("a.rate", { kind: "ratio", numerator: "a.flow", denominator: "a.flow", activeTo: 202506 }),
    ];
    expect(codes(catalogOfYear(catalog, 2025))).toEqual(["a.flow", "a.rate"]);
    expect(codes(catalogOfMonths(catalog, monthsBetween(202501, 202506)))).toEqual(["a.level", "a.flow", "a.rate"]);
    expect(codes(catalogOfYear(catalog, 2026))).toEqual([]);
  });

  it("offers an indicator reported by quarter or year only over whole periods of its own, never in a month", () => {
    const catalog = [
      indicator("a.monthly"),
      indicator("a.quarterly", { frequency: "quarterly" }),
      indicator("a.yearly", { kind: "stock", frequency: "yearly" }),
    ];
    expect(codes(catalogOfMonth(catalog, 202503))).toEqual(["a.monthly"]);
    expect(codes(catalogOfMonths(catalog, monthsBetween(202501, 202503)))).toEqual(["a.monthly", "a.quarterly"]);
    expect(codes(catalogOfMonths(catalog, monthsBetween(202501, 202509)))).toEqual(["a.monthly", "a.quarterly"]);
    expect(codes(catalogOfYear(catalog, 2025))).toEqual(["a.monthly", "a.quarterly", "a.yearly"]);
  });

  it("names the commune total as of the month, the series staying one indicator", () => {
    const communes = shipped.find((i) => i.code === "it.communes_total")!;
    expect(namesAt(communes, 202506).nameVi).toBe("Tổng số xã, phường, thị trấn");
    expect(namesAt(communes, 202507).nameVi).toBe("Tổng số xã, phường, đặc khu");
    expect(namesAt(communes, 202507).nameEn).toBe("Communes, wards and special zones");
    expect(catalogOfMonth(shipped, 202306).find((i) => i.code === "it.communes_total")?.nameVi).toBe(
      "Tổng số xã, phường, thị trấn",
    );
    expect(namedAt(shipped, 202612).find((i) => i.code === "it.communes_total")?.nameVi).toBe(
      "Tổng số xã, phường, đặc khu",
    );
  });

  it("names no district level and no thị trấn after the reform", () => {
    for (const i of catalogOfMonth(shipped, 202507)) {
      expect(i.nameVi, i.code).not.toMatch(/huyện|thị trấn/);
      expect(i.nameEn, i.code).not.toMatch(/district|towns/i);
    }
  });
});

describe("an exhaustive total after the reform", () => {
  const check = (yearMonth: number, values: Record<string, string>) =>
    checkMonthValues({
      catalog: new Map(catalogOfMonth(shipped, yearMonth).map((i) => [i.code, i])),
      values: new Map(Object.entries(values)),
      changed: new Set(Object.keys(values)),
      previous: new Map(),
      lastYear: new Map(),
      history: new Map(),
      notes: new Map(),
    });

  it("needs province + district + commune to add up before July 2025", () => {
    const issues = check(202506, {
      "it.ioffice_agencies": "577",
      "it.ioffice_agencies_province": "139",
      "it.ioffice_agencies_commune": "106",
    });
    expect(canSave(issues)).toBe(true); // the district part is still to come: not all parts there
    const wrong = check(202506, {
      "it.ioffice_agencies": "577",
      "it.ioffice_agencies_province": "139",
      "it.ioffice_agencies_district": "300",
      "it.ioffice_agencies_commune": "106",
    });
    expect(wrong.map((i) => i.code)).toEqual(["parts_not_sum"]);
  });

  it("adds up province + commune from July 2025, without a district part", () => {
    expect(
      check(202507, {
        "it.ioffice_agencies": "245",
        "it.ioffice_agencies_province": "139",
        "it.ioffice_agencies_commune": "106",
      }),
    ).toEqual([]);
    const wrong = check(202507, {
      "it.ioffice_agencies": "577",
      "it.ioffice_agencies_province": "139",
      "it.ioffice_agencies_commune": "106",
    });
    expect(wrong.map((i) => i.code)).toEqual(["parts_not_sum"]);
    expect(wrong[0].related).toEqual(["it.ioffice_agencies_province", "it.ioffice_agencies_commune"]);
  });
});
