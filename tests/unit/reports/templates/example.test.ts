import { describe, expect, it } from "vitest";
import { templateExample } from "@/lib/reports/templates/example";
import { loadCatalog } from "../../support/catalog";

describe("the templates help's example", () => {
  it("is filled by the product: every clause with every figure, only the BTS clause without the others, nothing without figures", () => {
    const example = templateExample(loadCatalog().indicators);
    expect(example).toEqual({
      template:
        "Toàn tỉnh có [{tel.cable_poles} cột treo cáp][; {tel.fiber_aerial_km} km cáp quang treo][ và {tel.bts} trạm BTS[, {tel.bts|vs_last_year}]].",
      all: "Toàn tỉnh có 90.923 cột treo cáp; 31.888,142 km cáp quang treo và 1.222 trạm BTS, tăng 6,3% so với cùng kỳ.",
      some: { codes: ["tel.bts"], text: "Toàn tỉnh có 1.222 trạm BTS." },
      none: null,
    });
  });

  it("is not shown when the catalog lacks one of its indicators", () => {
    const { indicators } = loadCatalog();
    indicators.delete("tel.fiber_aerial_km");
    expect(templateExample(indicators)).toBeNull();
  });
});
