import { expect, it } from "vitest";
import { depthsIn } from "@/lib/catalog/tree";
import { indicator, loadCatalog } from "../support/catalog";

it("places each indicator under its totals, one level per total above it", () => {
  const catalog = [
    indicator("ps.total"),
    indicator("ps.online", { parent: "ps.total" }),
    indicator("ps.online_full", { parent: "ps.online" }),
  ];
  const depth = depthsIn(catalog);
  expect(catalog.map((i) => depth(i.code))).toEqual([0, 1, 2]);
  expect(depth("not.in.catalog")).toBe(0);
});

it("finds every shipped indicator's depth, none deeper than the catalog's three levels", () => {
  const shipped = [...loadCatalog().indicators.values()];
  const depth = depthsIn(shipped);
  expect(Math.max(...shipped.map((i) => depth(i.code)))).toBeLessThanOrEqual(2);
});
