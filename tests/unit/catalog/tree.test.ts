import { expect, it } from "vitest";
import { depthsIn, inCatalogOrder } from "@/lib/catalog/tree";
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

it("lists indicators by their field's order, then their own", () => {
  const fields = [
    { code: "telecom", sortOrder: 2 },
    { code: "postal", sortOrder: 1 },
  ];
  const listed = inCatalogOrder(
    [
      indicator("tel.b", { field: "telecom", sortOrder: 2 }),
      indicator("post.a", { field: "postal", sortOrder: 9 }),
      indicator("tel.a", { field: "telecom", sortOrder: 1 }),
    ],
    fields,
  );
  expect(listed.map((i) => i.code)).toEqual(["post.a", "tel.a", "tel.b"]);
});
