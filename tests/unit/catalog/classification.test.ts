import { describe, expect, it } from "vitest";
import { changesOf, classificationChanges, headsOf } from "@/lib/catalog/classification";
import { loadCatalogFiles } from "@/lib/catalog/load-files";

const { indicators: catalog } = await loadCatalogFiles();
const codes = (list: { code: string }[]) => list.map((i) => i.code);

describe("classification changes of the catalog", () => {
  it("finds the 2023 reform of online public services: levels end, partly and fully online begin", () => {
    const reform = classificationChanges(catalog).find((c) => c.field === "public_services" && c.month === 202301)!;
    expect(reform).toBeDefined();
    expect(codes(headsOf(reform.ended))).toEqual(
      expect.arrayContaining(["ps.l2_services", "ps.l3_services", "ps.l4_services", "ps.l3_received"]),
    );
    expect(codes(headsOf(reform.ended))).not.toContain("ps.l3_direct");
    expect(codes(headsOf(reform.began))).toEqual(
      expect.arrayContaining(["ps.services_partial", "ps.services_full", "ps.partial_received", "ps.full_received"]),
    );
  });

  it("finds district agencies ending with two-level local government (2025-07)", () => {
    const change = classificationChanges(catalog).find((c) => c.month === 202507)!;
    expect(codes(change.ended)).toEqual(["it.ioffice_agencies_district"]);
    expect(change.began).toEqual([]);
  });

  it("marks an indicator whose own figures or parts cross a change, and no other", () => {
    expect(changesOf(catalog, "ps.l3_services").map((c) => c.month)).toEqual([202301]);
    expect(changesOf(catalog, "ps.services_total").map((c) => c.month)).toEqual([202301]);
    expect(changesOf(catalog, "it.ioffice_agencies").map((c) => c.month)).toEqual([202507]);
    expect(changesOf(catalog, "tel.bts")).toEqual([]);
    expect(changesOf(catalog, "ps.dossiers_received")).toEqual([]);
  });
});
