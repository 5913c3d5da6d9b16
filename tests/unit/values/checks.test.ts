import { describe, expect, it } from "vitest";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { describeIssue } from "@/lib/values/check-messages";
import { canSave, checkMonthValues, type CheckInput } from "@/lib/values/checks";
import { indicator } from "../support/catalog";

const catalog = new Map<string, CatalogIndicator>(
  [
    indicator("post.service_points", {
      kind: "stock",
      exhaustive: true,
      nameVi: "Điểm phục vụ bưu chính",
      nameEn: "Postal service points",
    }),
    indicator("post.offices", { kind: "stock", parent: "post.service_points" }),
    indicator("post.cultural_points", { kind: "stock", parent: "post.service_points" }),
    indicator("post.other_points", { kind: "stock", parent: "post.service_points" }),
    indicator("ps.services_total", { kind: "stock", nameVi: "Dịch vụ công cung cấp trên Cổng dịch vụ công tỉnh" }),
    indicator("ps.services_partial", { kind: "stock", parent: "ps.services_total" }),
    indicator("ps.services_full", {
      kind: "stock",
      parent: "ps.services_total",
      nameVi: "Dịch vụ công trực tuyến toàn trình",
    }),
    indicator("ps.services_full_rate", {
      kind: "ratio",
      numerator: "ps.services_full",
      denominator: "ps.services_total",
      decimals: 2,
    }),
    indicator("it.edocs_issued", { kind: "flow" }),
    indicator("it.edocs_signed", { kind: "flow", nameVi: "Văn bản được ký số" }),
    indicator("it.edocs_signed_rate", { kind: "ratio", numerator: "it.edocs_signed", denominator: "it.edocs_issued" }),
    indicator("tel.fiber_aerial_km", { kind: "stock", decimals: 3, nameVi: "Cáp quang treo" }),
    indicator("ps.dossiers_received", { kind: "flow", nameVi: "Hồ sơ tiếp nhận", nameEn: "Dossiers received" }),
  ].map((i) => [i.code, i]),
);

function check(values: Record<string, string | null>, extra: Partial<CheckInput> = {}) {
  return checkMonthValues({
    catalog,
    values: new Map(Object.entries(values)),
    changed: new Set(Object.keys(values)),
    previous: new Map(),
    lastYear: new Map(),
    history: new Map(),
    notes: new Map(),
    ...extra,
  });
}
const codes = (issues: ReturnType<typeof check>) => issues.map((i) => i.code);

describe("value checks", () => {
  it("accepts the June 2023 postal figures, whose parts add up exactly", () => {
    expect(
      check({
        "post.service_points": "263",
        "post.offices": "53",
        "post.cultural_points": "83",
        "post.other_points": "127",
      }),
    ).toEqual([]);
  });

  it("refuses exhaustive parts that do not add up", () => {
    const issues = check({
      "post.service_points": "264",
      "post.offices": "53",
      "post.cultural_points": "83",
      "post.other_points": "127",
    });
    expect(codes(issues)).toEqual(["parts_not_sum"]);
    expect(issues[0]).toMatchObject({
      indicator: "post.service_points",
      severity: "error",
      blocking: true,
      params: { sum: 263, total: 264 },
    });
  });

  it("accepts parts under a total that is not exhaustive, and refuses parts above it", () => {
    expect(check({ "ps.services_total": "1858", "ps.services_partial": "551", "ps.services_full": "1057" })).toEqual(
      [],
    );
    const issues = check({ "ps.services_total": "1500", "ps.services_partial": "551", "ps.services_full": "1057" });
    expect(codes(issues)).toEqual(["parts_exceed_total"]);
    expect(describeIssue(issues[0], catalog, "vi")).toBe(
      'Tổng các thành phần (1.608) của "Dịch vụ công cung cấp trên Cổng dịch vụ công tỉnh" vượt quá tổng (1.500).',
    );
  });

  it("refuses negative counts and too many decimals, saying a count must be a whole number", () => {
    expect(codes(check({ "it.edocs_issued": "-1" }))).toEqual(["negative"]);
    expect(check({ "tel.fiber_aerial_km": "31888.142" })).toEqual([]);
    expect(check({ "tel.fiber_aerial_km": "31888.1420" })).toEqual([]);
    const issues = check({ "tel.fiber_aerial_km": "31888.1425" });
    expect(codes(issues)).toEqual(["decimals"]);
    expect(describeIssue(issues[0], catalog, "vi")).toBe('"Cáp quang treo" có tối đa 3 chữ số thập phân.');
    const whole = check({ "ps.dossiers_received": "1.5" });
    expect(codes(whole)).toEqual(["decimals"]);
    expect(describeIssue(whole[0], catalog, "vi")).toBe('"Hồ sơ tiếp nhận" phải là số nguyên.');
    expect(describeIssue(whole[0], catalog, "en")).toBe('"Dossiers received" must be a whole number.');
  });

  it("refuses a numerator above its denominator", () => {
    const issues = check({ "it.edocs_issued": "100", "it.edocs_signed": "120" });
    expect(codes(issues)).toEqual(["numerator_exceeds_denominator"]);
    expect(describeIssue(issues[0], catalog, "en")).toContain("cannot exceed");
  });

  it("without 12 months of history, warns of a change over 50 % and over 10, blocking until a note explains it", () => {
    const input = {
      previous: new Map([["ps.dossiers_received", 20000]]),
      lastYear: new Map([["ps.dossiers_received", 30000]]),
    };
    const issues = check({ "ps.dossiers_received": "32500" }, input);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "jump",
      severity: "warning",
      blocking: true,
      params: { previous: 20000, previousPct: 62.5 },
    });
    expect(issues[0].params.lastYear).toBeUndefined();
    expect(canSave(issues)).toBe(false);
    expect(describeIssue(issues[0], catalog, "vi")).toBe(
      '"Hồ sơ tiếp nhận" tăng 62,5% so với tháng trước (20.000 → 32.500): cần ghi chú giải thích để lưu.',
    );
    const noted = check(
      { "ps.dossiers_received": "32500" },
      { ...input, notes: new Map([["ps.dossiers_received", "Cao điểm cuối quý"]]) },
    );
    expect(noted[0].blocking).toBe(false);
    expect(canSave(noted)).toBe(true);
    const fall = check({ "ps.dossiers_received": "9000" }, input);
    expect(fall).toHaveLength(1);
    expect(describeIssue(fall[0], catalog, "en")).toBe(
      '"Dossiers received" fell 55.0% against last month (20,000 → 9,000) and fell 70.0% against the same month last year (30,000 → 9,000): add a note explaining it to save.',
    );
    expect(check({ "ps.dossiers_received": "15" }, { previous: new Map([["ps.dossiers_received", 5]]) })).toEqual([]);
  });

  it("with 12 months or more, asks only for values outside the history's usual range, and says what was compared", () => {
    const history = new Map([["ps.dossiers_received", Array.from({ length: 24 }, (_, i) => (i % 2 ? 35000 : 31000))]]);
    const input = { previous: new Map([["ps.dossiers_received", 20000]]), history };
    expect(check({ "ps.dossiers_received": "32500" }, input)).toEqual([]);
    const issues = check({ "ps.dossiers_received": "60000" }, input);
    expect(issues[0]).toMatchObject({ code: "jump", blocking: true, params: { low: 27000, high: 39000, months: 24 } });
    expect(describeIssue(issues[0], catalog, "vi")).toBe(
      '"Hồ sơ tiếp nhận" tăng 200,0% so với tháng trước (20.000 → 60.000), ngoài khoảng thường gặp của 24 tháng trước (27.000 – 39.000): cần ghi chú giải thích để lưu.',
    );
  });

  it("never checks computed ratios as typed values", () => {
    expect(check({ "ps.services_full_rate": "57.96" })).toEqual([]);
  });
});
