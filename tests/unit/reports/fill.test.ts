import { describe, expect, it } from "vitest";
import type { Figure } from "@/lib/reports/fill";
import { fillSentence, tidySentence } from "@/lib/reports/fill";
import { indicator } from "../support/catalog";

const catalog = new Map(
  [
    indicator("tel.bts", { kind: "stock", unitVi: "trạm" }),
    indicator("tel.cable_poles", { kind: "stock" }),
    indicator("tel.fiber_km", { kind: "stock", decimals: 3 }),
    indicator("dir.docs", {}),
    indicator("dir.docs_a", { parent: "dir.docs" }),
    indicator("dir.docs_b", { parent: "dir.docs" }),
    indicator("insp.fines", { unitVi: "đồng" }),
    indicator("it.rate", { kind: "ratio", numerator: "dir.docs_a", denominator: "dir.docs", decimals: 2 }),
  ].map((i) => [i.code, i]),
);

const fig = (value: string, more: Partial<Figure> = {}): Figure => ({
  value,
  estimate: false,
  previous: null,
  lastYear: null,
  targetPct: null,
  ...more,
});
const fill = (template: string, figures: Record<string, Figure>, moneyWording: "dong" | "million" = "dong") =>
  fillSentence(template, { catalog, figures: new Map(Object.entries(figures)), moneyWording });

const telecom =
  "Toàn tỉnh có [{tel.cable_poles} cột treo cáp][; {tel.fiber_km} km cáp quang][ và {tel.bts} trạm BTS[, {tel.bts|vs_last_year}]].";
const docs =
  "Ban hành {dir.docs} văn bản[, trong đó: [{dir.docs_a|pad2} văn bản A][; {dir.docs_b|pad2} văn bản B]][ ({dir.docs_a|pad2}/{dir.docs})].";

describe("filling a sentence clause by clause", () => {
  it("prints every clause when every figure is there", () => {
    expect(
      fill(telecom, {
        "tel.cable_poles": fig("90923"),
        "tel.fiber_km": fig("31888.142"),
        "tel.bts": fig("1222", { lastYear: "1150" }),
      }).text,
    ).toBe("Toàn tỉnh có 90.923 cột treo cáp; 31.888,142 km cáp quang và 1.222 trạm BTS, tăng 6,3% so với cùng kỳ.");
  });

  it("drops a clause whose figure is missing and keeps the rest of the sentence, with no stray separator", () => {
    expect(fill(telecom, { "tel.fiber_km": fig("31888.142"), "tel.bts": fig("1222") }).text).toBe(
      "Toàn tỉnh có 31.888,142 km cáp quang và 1.222 trạm BTS.",
    );
    expect(fill(telecom, { "tel.bts": fig("1222") }).text).toBe("Toàn tỉnh có 1.222 trạm BTS.");
    expect(fill(telecom, { "tel.cable_poles": fig("90923") }).text).toBe("Toàn tỉnh có 90.923 cột treo cáp.");
  });

  it("drops `trong đó:` with nothing after it, a separator after it, and empty brackets", () => {
    expect(fill(docs, { "dir.docs": fig("10") }).text).toBe("Ban hành 10 văn bản.");
    expect(fill(docs, { "dir.docs": fig("10"), "dir.docs_b": fig("2") }).text).toBe(
      "Ban hành 10 văn bản, trong đó: 02 văn bản B.",
    );
    expect(fill(docs, { "dir.docs": fig("10"), "dir.docs_a": fig("4") }).text).toBe(
      "Ban hành 10 văn bản, trong đó: 04 văn bản A (04/10).",
    );
  });

  it("leaves out a sentence whose required figures are all missing, and one without any figure", () => {
    expect(fill(docs, { "dir.docs_a": fig("4") })).toMatchObject({ text: null, states: [] });
    expect(fill(telecom, {})).toMatchObject({ text: null });
  });

  it("flags a sentence that misses some of its required figures, never printing a blank", () => {
    const filled = fill("Có {tel.bts} trạm và {tel.cable_poles} cột.", { "tel.bts": fig("1222") });
    expect(filled.missing).toEqual(["tel.cable_poles"]);
    expect(filled.text).toBe("Có 1.222 trạm và … cột.");
  });

  it("says which figures it states: printed values, not comparisons", () => {
    const filled = fill(telecom, { "tel.bts": fig("1222", { lastYear: "1150" }) });
    expect(filled.states).toEqual(["tel.bts"]);
    expect(filled.figures).toEqual({ "tel.cable_poles": null, "tel.fiber_km": null, "tel.bts": "1222" });
  });

  it("marks estimates, rounds half up from decimal strings and words money as the organisation chooses", () => {
    expect(fill("Có {tel.fiber_km} km.", { "tel.fiber_km": fig("2.6745", { estimate: true }) }).text).toBe(
      "Có 2,675 (ước) km.",
    );
    expect(fill("Tỷ lệ {it.rate|pct}.", { "it.rate": fig("56.885") }).text).toBe("Tỷ lệ 56,89%.");
    expect(fill("Phạt {insp.fines|money}.", { "insp.fines": fig("7500000") }).text).toBe("Phạt 7.500.000 đồng.");
    expect(fill("Phạt {insp.fines|money}.", { "insp.fines": fig("7500000") }, "million").text).toBe(
      "Phạt 7,5 triệu đồng.",
    );
    expect(fill("Có {tel.bts} trạm.", { "tel.bts": fig("12345678901234567890") }).text).toBe(
      "Có 12.345.678.901.234.567.890 trạm.",
    );
  });

  it("prints a template without placeholders as it is", () => {
    expect(fill("Tiếp tục theo dõi mạng cáp.", {}).text).toBe("Tiếp tục theo dõi mạng cáp.");
  });
});

describe("tidying what dropped clauses leave", () => {
  it.each([
    ["Có (trong đó: ) 5 trạm.", "Có 5 trạm."],
    ["Có 5 trạm (, 3 cột).", "Có 5 trạm (3 cột)."],
    ["Có 5 trạm, trong đó: .", "Có 5 trạm."],
    ["Có 5 trạm; ; 3 cột.", "Có 5 trạm; 3 cột."],
    ["; 5 trạm.", "5 trạm."],
    ["Có 5 trạm ().", "Có 5 trạm."],
  ])("%s -> %s", (raw, tidy) => expect(tidySentence(raw)).toBe(tidy));
});
