import { describe, expect, it } from "vitest";
import { choiceOfKind, periodOfKind, reportablePeriods, reportPeriodChoices } from "@/lib/periods/choices";
import { formatPeriodCode, parsePeriod } from "@/lib/periods/period";

const p = (code: string) => parsePeriod(code)!;
const codes = (periods: ReturnType<typeof reportablePeriods>) => periods.map(formatPeriodCode);

describe("report period choices", () => {
  it("lists a kind's periods latest first, from the one ending this month back to the first year", () => {
    expect(codes(reportablePeriods("quarter", 202409, 2023))).toEqual([
      "2024-Q3",
      "2024-Q2",
      "2024-Q1",
      "2023-Q4",
      "2023-Q3",
      "2023-Q2",
      "2023-Q1",
    ]);
    expect(codes(reportablePeriods("quarter", 202408, 2024))).toEqual(["2024-Q2", "2024-Q1"]);
    expect(codes(reportablePeriods("nine", 202409, 2022))).toEqual(["2024-9M", "2023-9M", "2022-9M"]);
    expect(codes(reportablePeriods("nine", 202408, 2023))).toEqual(["2023-9M"]);
    expect(codes(reportablePeriods("half", 202412, 2024))).toEqual(["2024-H2", "2024-H1"]);
    expect(codes(reportablePeriods("month", 202402, 2023))[0]).toBe("2024-02");
    expect(reportablePeriods("month", 202402, 2023)).toHaveLength(14);
  });

  it("offers the year's report from November", () => {
    expect(codes(reportablePeriods("year", 202410, 2022))).toEqual(["2023", "2022"]);
    expect(codes(reportablePeriods("year", 202411, 2022))).toEqual(["2024", "2023", "2022"]);
  });

  it("labels them as reports name them, capitalised", () => {
    const vi = reportPeriodChoices(202412, 2024, "vi");
    expect(vi.quarter[0]).toEqual({ value: "2024-Q4", label: "Quý IV/2024" });
    expect(vi.nine[0]).toEqual({ value: "2024-9M", label: "9 tháng đầu năm 2024" });
    expect(vi.month[0]).toEqual({ value: "2024-12", label: "Tháng 12 năm 2024" });
    expect(vi.half.map((c) => c.label)).toEqual(["6 tháng cuối năm 2024", "06 tháng đầu năm 2024"]);
    expect(vi.year[0]).toEqual({ value: "2024", label: "Năm 2024" });
    expect(reportPeriodChoices(202412, 2024, "en").quarter[0].label).toBe("Q4 2024");
  });

  it("switches kinds around the chosen period's last month", () => {
    expect(periodOfKind(p("2024-Q3"), "month")).toEqual(p("2024-09"));
    expect(periodOfKind(p("2024-05"), "quarter")).toEqual(p("2024-Q2"));
    expect(periodOfKind(p("2024-Q4"), "half")).toEqual(p("2024-H2"));
    expect(periodOfKind(p("2024-9M"), "quarter")).toEqual(p("2024-Q3"));
    expect(periodOfKind(p("2024-Q4"), "nine")).toEqual(p("2024-9M"));
    expect(periodOfKind(p("2024-H1"), "year")).toEqual(p("2024"));
  });
});

describe("a picker changing kind keeps the time chosen", () => {
  const choices = reportPeriodChoices(202611, 2019, "vi");
  it("moves to the same time in the new kind's list, else to that list's latest", () => {
    expect(choiceOfKind(choices, "2024-Q3", "month")).toBe("2024-09");
    expect(choiceOfKind(choices, "2024-09", "half")).toBe("2024-H2");
    expect(choiceOfKind(choices, "", "quarter")).toBe(choices.quarter[0].value);
    expect(choiceOfKind(choices, "2018-Q1", "month")).toBe(choices.month[0].value);
  });
});
