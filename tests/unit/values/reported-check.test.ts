import { describe, expect, it } from "vitest";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { describeIssue } from "@/lib/values/check-messages";
import { checkMonthValues, checkPeriodValues } from "@/lib/values/checks";
import type { ReportedContext } from "@/lib/values/reported-check";
import { indicator } from "../support/catalog";

const catalog = new Map<string, CatalogIndicator>(
  [
    indicator("ps.received", { nameVi: "Hồ sơ tiếp nhận", nameEn: "Dossiers received" }),
    indicator("tel.bts", { kind: "stock", nameVi: "Trạm BTS", nameEn: "BTS stations" }),
    indicator("ps.online", { parent: "ps.received" }),
  ].map((i) => [i.code, i]),
);

// Quý I/2019 reported 118 dossiers and 1.222 stations; January and February are entered.
const reported: ReportedContext = {
  yearMonth: 201903,
  figures: [
    { indicator: "ps.received", period: "2019-Q1", first: 201901, last: 201903, value: "118" },
    { indicator: "tel.bts", period: "2019-Q1", first: 201901, last: 201903, value: "1222" },
    { indicator: "ps.received", period: "2019", first: 201901, last: 201912, value: "500" },
  ],
  months: [
    { indicator: "ps.received", yearMonth: 201901, value: "40" },
    { indicator: "ps.received", yearMonth: 201902, value: "40" },
    { indicator: "tel.bts", yearMonth: 201901, value: "1200" },
    { indicator: "tel.bts", yearMonth: 201902, value: "1210" },
  ],
};

function check(values: Record<string, string | null>) {
  return checkMonthValues({
    catalog,
    values: new Map(Object.entries(values)),
    changed: new Set(Object.keys(values)),
    previous: new Map(),
    lastYear: new Map(),
    history: new Map(),
    notes: new Map(),
    reported,
  });
}

describe("months against a reported period figure", () => {
  it("warns, never refuses, when the month that completes a quarter makes its months differ from the report", () => {
    const issues = check({ "ps.received": "40" });
    expect(issues).toEqual([
      {
        indicator: "ps.received",
        code: "differs_from_reported",
        severity: "warning",
        blocking: false,
        related: [],
        params: { period: "2019-Q1", months: "120", reported: "118", summed: 1 },
      },
    ]);
    expect(describeIssue(issues[0], catalog, "vi")).toBe(
      '"Hồ sơ tiếp nhận": tổng các tháng của quý I/2019 là 120, báo cáo quý đã nêu 118.',
    );
    expect(describeIssue(issues[0], catalog, "en")).toBe(
      '"Dossiers received": the months of Q1 2019 add up to 120; the quarterly report gave 118.',
    );
  });

  it("compares a level by the quarter's last month, and says nothing when the months agree", () => {
    const [bts] = check({ "tel.bts": "1230" });
    expect(describeIssue(bts, catalog, "vi")).toBe(
      '"Trạm BTS": số liệu tháng cuối của quý I/2019 là 1.230, báo cáo quý đã nêu 1.222.',
    );
    expect(check({ "tel.bts": "1222", "ps.received": "38" })).toEqual([]);
  });

  it("waits for every month of the period, and for a month being entered", () => {
    expect(check({ "ps.received": null })).toEqual([]);
    const earlier = { ...reported, yearMonth: 201902, months: reported.months.filter((m) => m.yearMonth !== 201902) };
    expect(
      checkMonthValues({
        catalog,
        values: new Map([["ps.received", "40"]]),
        changed: new Set(["ps.received"]),
        previous: new Map(),
        lastYear: new Map(),
        history: new Map(),
        notes: new Map(),
        reported: earlier,
      }),
    ).toEqual([]);
    expect(
      checkMonthValues({
        catalog,
        values: new Map([["ps.received", "40"]]),
        changed: new Set(),
        previous: new Map(),
        lastYear: new Map(),
        history: new Map(),
        notes: new Map(),
        reported,
      }),
    ).toEqual([]);
  });
});

describe("a period's checks", () => {
  it("are a month's, judged against the same period last year only, and say so", () => {
    const input = {
      catalog,
      values: new Map([
        ["ps.received", "100"],
        ["ps.online", "120"],
      ]),
      changed: new Set(["ps.received", "ps.online"]),
      lastYear: new Map([["ps.received", 10]]),
      notes: new Map<string, string>(),
    };
    const issues = checkPeriodValues(input);
    expect(issues.map((i) => i.code).sort()).toEqual(["jump", "parts_exceed_total"]);
    const jump = issues.find((i) => i.code === "jump")!;
    expect(describeIssue(jump, catalog, "en")).toBe(
      '"Dossiers received" rose 900.0% against the same period last year (10 → 100): add a note explaining it to save.',
    );
    expect(describeIssue(jump, catalog, "vi")).toContain("tăng 900,0% so với cùng kỳ năm trước (10 → 100)");
  });
});
