import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFieldsCsv, parseIndicatorsCsv } from "@/lib/catalog/catalog-file";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { isActiveIn } from "@/lib/catalog/dated";
import { anchorMonth, generateDemoValues } from "@/lib/seed/demo-values";

function loadCatalog(): CatalogIndicator[] {
  const dir = path.resolve(import.meta.dirname, "../../../prisma/catalog");
  const fields = parseFieldsCsv(readFileSync(path.join(dir, "fields.csv"), "utf8"));
  if (!fields.ok) throw new Error("fields");
  const result = parseIndicatorsCsv(
    readFileSync(path.join(dir, "indicators.csv"), "utf8"),
    new Set(fields.rows.map((f) => f.code)),
  );
  if (!result.ok) throw new Error("indicators");
  return result.rows;
}

const catalog = loadCatalog();
const months = Array.from({ length: 58 }, (_, i) => (2022 + Math.floor(i / 12)) * 100 + (i % 12) + 1);
const values = generateDemoValues(catalog, months);
const at = (code: string, ym: number) => {
  const found = values.find((v) => v.indicator === code && v.yearMonth === ym);
  return found ? Number(found.value) : undefined;
};

describe("demo values", () => {
  it("match the June 2023 report of seed 000", () => {
    expect(values.find((v) => v.indicator === "tel.fiber_aerial_km" && v.yearMonth === anchorMonth)?.value).toBe(
      "31888.142",
    );
    expect(at("ps.services_full", anchorMonth)).toBe(1057);
    expect(at("ps.services_total", anchorMonth)).toBe(1858);
    expect(at("it.edocs_signed", anchorMonth)).toBe(23358);
    expect(at("post.offices", anchorMonth)).toBe(53);
  });

  it("never store ratios", () => {
    const derived = new Set(catalog.filter((i) => i.kind === "ratio" || i.kind === "density").map((i) => i.code));
    expect(values.some((v) => derived.has(v.indicator))).toBe(false);
  });

  it("keep parts within totals and exhaustive parts equal to them, every month, with the parts reported that month", () => {
    for (const total of catalog.filter((i) => catalog.some((p) => p.parent === i.code))) {
      for (const ym of months) {
        const parts = catalog.filter((p) => p.parent === total.code && isActiveIn(p, ym));
        const totalValue = at(total.code, ym);
        const partValues = parts.map((p) => at(p.code, ym));
        if (totalValue === undefined || partValues.some((v) => v === undefined)) continue;
        const sum = partValues.reduce((a, b) => a! + b!, 0)!;
        if (total.exhaustive) expect(Math.abs(sum - totalValue)).toBeLessThan(1e-6);
        else expect(sum).toBeLessThanOrEqual(totalValue + 1e-6);
      }
    }
  });

  it("have no district figures after June 2025 (two-level local government) and say so on the total", () => {
    expect(at("it.ioffice_agencies_district", 202506)).toBeGreaterThan(0);
    expect(values.filter((v) => v.indicator === "it.ioffice_agencies_district" && v.yearMonth > 202506)).toEqual([]);
    expect(at("it.ioffice_agencies", 202507)).toBe(
      at("it.ioffice_agencies_province", 202507)! + at("it.ioffice_agencies_commune", 202507)!,
    );
    expect(values.find((v) => v.indicator === "it.ioffice_agencies" && v.yearMonth === 202507)?.note).toBe(
      "Từ tháng 7/2025 không còn số liệu: Cơ quan cấp huyện sử dụng hệ thống.",
    );
    expect(values.filter((v) => v.note).map((v) => `${v.indicator}@${v.yearMonth}`)).toEqual([
      "it.ioffice_agencies@202507",
    ]);
  });

  it("keep numerators at or under denominators", () => {
    for (const ratio of catalog.filter((i) => i.kind === "ratio")) {
      for (const ym of months) {
        const n = at(ratio.numerator!, ym);
        const d = at(ratio.denominator!, ym);
        if (n !== undefined && d !== undefined && ratio.code !== "inv.disbursement_rate")
          expect(n).toBeLessThanOrEqual(d);
      }
    }
  });

  it("move stocks slowly and mark only the last month as an estimate", () => {
    const bts = months.map((ym) => at("tel.bts", ym)!);
    for (let i = 1; i < bts.length; i++) expect(Math.abs(bts[i] - bts[i - 1]) / bts[i - 1]).toBeLessThan(0.03);
    expect(new Set(values.filter((v) => v.estimate).map((v) => v.yearMonth))).toEqual(new Set([months.at(-1)]));
  });

  it("leave out months before an indicator is in use", () => {
    expect(at("ps.services_full", 202212)).toBeUndefined();
    expect(at("ps.services_total", 202212)).toBeDefined();
  });
});

describe("demo values of another organisation", () => {
  const other = generateDemoValues(catalog, months, { scale: 1.4, salt: "ha-tinh" });
  const get = (code: string, ym: number) =>
    Number(other.find((v) => v.indicator === code && v.yearMonth === ym)?.value);

  it("differ from the demo department's but keep exhaustive parts equal to their totals", () => {
    expect(get("ps.services_total", anchorMonth)).not.toBe(1858);
    for (const ym of months) {
      expect(get("ps.dossiers_direct", ym) + get("ps.dossiers_online", ym)).toBe(get("ps.dossiers_received", ym));
      expect(get("post.offices", ym) + get("post.cultural_points", ym) + get("post.other_points", ym)).toBe(
        get("post.service_points", ym),
      );
    }
  });
});
