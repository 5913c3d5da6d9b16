import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFieldsCsv, parseFormerNamesCsv, parseIndicatorsCsv } from "@/lib/catalog/catalog-file";

const header =
  "code,field,name_vi,name_en,unit_vi,unit_en,kind,parent,numerator,denominator,decimals,exhaustive,higher_is_better,key,active_from,active_to,example";
const fields = new Set(["postal", "it"]);
const good = [
  "post.service_points,postal,Điểm phục vụ,Service points,điểm,points,stock,,,,0,yes,yes,,,,263 @2023-06 (000)",
  "post.offices,postal,Bưu cục,Post offices,bưu cục,offices,stock,post.service_points,,,0,,yes,,,,",
  "it.edocs_issued,it,Văn bản phát hành,Documents issued,văn bản,documents,flow,,,,0,,yes,,,,",
  "it.edocs_signed,it,Văn bản ký số,Signed documents,văn bản,documents,flow,,,,0,,yes,,,,",
  "it.edocs_signed_rate,it,Tỷ lệ ký số,Share signed,%,%,ratio,,it.edocs_signed,it.edocs_issued,1,,yes,,2023,,",
];

describe("catalog file", () => {
  it("loads the shipped catalog", () => {
    const dir = path.resolve(import.meta.dirname, "../../../prisma/catalog");
    const fieldRows = parseFieldsCsv(readFileSync(path.join(dir, "fields.csv"), "utf8"));
    expect(fieldRows.ok).toBe(true);
    const codes = new Set(fieldRows.ok ? fieldRows.rows.map((f) => f.code) : []);
    const result = parseIndicatorsCsv(readFileSync(path.join(dir, "indicators.csv"), "utf8"), codes);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.rows.length).toBeGreaterThan(100);
      expect(result.rows.find((r) => r.code === "ps.services_full_rate")).toMatchObject({
        kind: "ratio",
        numerator: "ps.services_full",
        denominator: "ps.services_total",
      });
      // The 2025 reform: no district level after June 2025.
      expect(result.rows.find((r) => r.code === "it.ioffice_agencies_district")).toMatchObject({ activeTo: 202506 });
    }
  });

  it("maps rows to the domain's shape", () => {
    const result = parseIndicatorsCsv([header, ...good].join("\n"), fields);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows[0]).toMatchObject({
      code: "post.service_points",
      exhaustive: true,
      parent: null,
      decimals: 0,
      sortOrder: 1,
    });
    expect(result.rows[1]).toMatchObject({ parent: "post.service_points", exhaustive: false });
    expect(result.rows[4]).toMatchObject({
      activeFrom: 202301,
      activeTo: null,
      formerNames: [],
      higherIsBetter: true,
      isKey: false,
    });
  });

  it("reads active_from and active_to as months: a year, a month, or the first or last day of a month", () => {
    const rows = [
      "a.one,it,A,A,x,x,stock,,,,0,,yes,,2023,2025-06-30,",
      "a.two,it,B,B,x,x,stock,,,,0,,yes,,2025-07-01,2025,",
      "a.three,it,C,C,x,x,stock,,,,0,,yes,,2024-02,2024-02-29,",
    ];
    const result = parseIndicatorsCsv([header, ...rows].join("\n"), fields);
    expect(result.ok && result.rows.map((r) => [r.activeFrom, r.activeTo])).toEqual([
      [202301, 202506],
      [202507, 202512],
      [202402, 202402],
    ]);
  });

  it("refuses a bound that is not a whole month, and a start after the end", () => {
    const rows = [
      "a.one,it,A,A,x,x,stock,,,,0,,yes,,2025-07-02,,",
      "a.two,it,B,B,x,x,stock,,,,0,,yes,,,2025-06-29,",
      "a.three,it,C,C,x,x,stock,,,,0,,yes,,2025-13,,",
    ];
    const result = parseIndicatorsCsv([header, ...rows].join("\n"), fields);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    const reversed = parseIndicatorsCsv(
      [header, "a.four,it,D,D,x,x,stock,,,,0,,yes,,2025-07,2025-06,"].join("\n"),
      fields,
    );
    expect(reversed.ok).toBe(false);
  });

  it("gives each indicator its former names, oldest first, and refuses unknown codes", () => {
    const parsed = parseIndicatorsCsv([header, ...good].join("\n"), fields);
    if (!parsed.ok) throw new Error("catalog");
    const names = [
      "code,until,name_vi,name_en",
      'post.offices,2025-06-30,"Bưu cục, điểm",Offices',
      "post.offices,2019,Bưu cục cũ,Old offices",
    ].join("\n");
    const result = parseFormerNamesCsv(names, parsed.rows);
    expect(result.ok && result.rows.find((r) => r.code === "post.offices")?.formerNames).toEqual([
      { until: 201912, nameVi: "Bưu cục cũ", nameEn: "Old offices" },
      { until: 202506, nameVi: "Bưu cục, điểm", nameEn: "Offices" },
    ]);
    const unknown = parseFormerNamesCsv("code,until,name_vi,name_en\nnope.x,2025,A,A", parsed.rows);
    expect(unknown.ok).toBe(false);
  });

  it("rejects a bad row with its line number", () => {
    const bad = "tel.bts,telecom,BTS,BTS,trạm,stations,stok,,,,0,,yes,,,,";
    const result = parseIndicatorsCsv([header, ...good.slice(0, 2), bad].join("\n"), new Set([...fields, "telecom"]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0].line).toBe(4);
    expect(result.errors[0].message).toContain("kind");
  });

  it("rejects references to indicators and fields that do not exist", () => {
    const rows = [
      good[0],
      "post.kiosks,postal,Ki-ốt,Kiosks,điểm,points,stock,post.nothing,,,0,,yes,,,,",
      "x.y,nowhere,X,X,x,x,flow,,,,0,,yes,,,,",
    ];
    const result = parseIndicatorsCsv([header, ...rows].join("\n"), fields);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(result.errors[0].message).toContain("post.nothing");
  });

  it("rejects a ratio without its numerator and denominator, and duplicate codes", () => {
    const rows = [good[0], "it.rate,it,Tỷ lệ,Rate,%,%,ratio,,,,1,,yes,,,,", good[0]];
    const result = parseIndicatorsCsv([header, ...rows].join("\n"), fields);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([3, 4]);
  });

  it("reports a row with a missing column", () => {
    const result = parseIndicatorsCsv([header, good[0], "a.b,postal,A"].join("\n"), fields);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].line).toBe(3);
  });
});

describe("catalog frequency", () => {
  const withFrequency = (frequencies: string[]) =>
    [`${header},frequency`, ...good.map((row, i) => `${row},${frequencies[i] ?? ""}`)].join("\n");

  it("is monthly when empty or when the file has no such column; quarterly, half-yearly or yearly when given", () => {
    const given = parseIndicatorsCsv(withFrequency(["yearly", "yearly", "quarterly", "half-yearly"]), fields);
    expect(given.ok && given.rows.map((r) => r.frequency)).toEqual([
      "yearly",
      "yearly",
      "quarterly",
      "half-yearly",
      "monthly",
    ]);
    const absent = parseIndicatorsCsv([header, ...good].join("\n"), fields);
    expect(absent.ok && absent.rows.every((r) => r.frequency === "monthly")).toBe(true);
  });

  it("refuses an unknown frequency, and a part reported at another frequency than its total", () => {
    const unknown = parseIndicatorsCsv(withFrequency(["weekly"]), fields);
    expect(!unknown.ok && unknown.errors[0].line).toBe(2);
    const mixed = parseIndicatorsCsv(withFrequency(["quarterly"]), fields);
    expect(!mixed.ok && mixed.errors.map((e) => e.message)).toEqual([
      "chỉ tiêu thành phần phải cùng tần suất báo cáo với tổng post.service_points",
    ]);
  });
});

describe("catalog file refusals", () => {
  const duplicate = [header, good[0], good[0]].join("\n");
  const badMonth = [header, good[0].replace(",,,,263", ",,2023-13,,263")].join("\n");

  it("are worded in Vietnamese by default, in English when asked, from the catalogs", () => {
    const vi = parseIndicatorsCsv(duplicate, fields);
    expect(!vi.ok && vi.errors[0].message).toBe("mã post.service_points bị trùng");
    const en = parseIndicatorsCsv(duplicate, fields, "en");
    expect(!en.ok && en.errors[0].message).toBe("code post.service_points appears twice");
    const month = parseIndicatorsCsv(badMonth, fields, "en");
    expect(!month.ok && month.errors[0].message).toBe("active_from: invalid month (YYYY, YYYY-MM or YYYY-MM-DD)");
  });
});

describe("catalog aliases", () => {
  it("splits the aliases column at |, trims and drops empty ones; none without the column", () => {
    const rows = [`${header},aliases`, `${good[0]}, điểm phục vụ bưu chính | # điểm phục vụ||`, `${good[1]},`];
    const result = parseIndicatorsCsv(rows.join("\n"), fields);
    expect(result.ok && result.rows.map((r) => r.aliases)).toEqual([["điểm phục vụ bưu chính", "# điểm phục vụ"], []]);
    const without = parseIndicatorsCsv([header, good[0]].join("\n"), fields);
    expect(without.ok && without.rows[0].aliases).toEqual([]);
  });
});
