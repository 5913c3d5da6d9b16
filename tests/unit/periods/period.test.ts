import { describe, expect, it } from "vitest";
import {
  addMonths,
  formatPeriodCode,
  hasOwnPreviousPeriod,
  monthOf,
  nextPeriod,
  parsePeriod,
  periodMonths,
  periodOfMonth,
  periodsBetween,
  previousPeriod,
  samePeriodLastYear,
  ytdMonths,
  type Period,
} from "@/lib/periods/period";

const p = (code: string) => parsePeriod(code)!;
const code = (period: Period) => formatPeriodCode(period);

describe("period codes", () => {
  it("parses every kind and formats it back", () => {
    for (const c of ["2023-06", "2023-12", "2019-Q1", "2019-Q4", "2024-H1", "2024-H2", "2019-9M", "2024"])
      expect(code(p(c))).toBe(c);
    expect(p("2019-Q4")).toEqual({ kind: "quarter", year: 2019, index: 4 });
  });

  it("rejects bad codes without throwing", () => {
    for (const bad of [
      "2023-13",
      "2023-00",
      "2023-Q5",
      "2023-Q0",
      "2023-H3",
      "23-06",
      "2023-6",
      "",
      "2023-9m",
      "1800",
      "2023-06-01",
      "abc",
    ])
      expect(parsePeriod(bad)).toBeNull();
  });
});

describe("months of a period", () => {
  it("lists each kind's months", () => {
    expect(periodMonths(p("2023-06"))).toEqual([202306]);
    expect(periodMonths(p("2019-Q1"))).toEqual([201901, 201902, 201903]);
    expect(periodMonths(p("2019-Q4"))).toEqual([201910, 201911, 201912]);
    expect(periodMonths(p("2024-H2"))).toEqual([202407, 202408, 202409, 202410, 202411, 202412]);
    expect(periodMonths(p("2019-9M"))).toHaveLength(9);
    expect(periodMonths(p("2019-9M")).at(-1)).toBe(201909);
    expect(periodMonths(p("2024"))).toHaveLength(12);
  });

  it("counts the year to date from January", () => {
    expect(ytdMonths(p("2023-06"))).toEqual([202301, 202302, 202303, 202304, 202305, 202306]);
    expect(ytdMonths(p("2019-Q3"))).toHaveLength(9);
  });

  it("takes the month as Vietnam sees it, whatever the machine's time zone", () => {
    expect(monthOf(new Date("2026-10-31T18:00:00Z"))).toBe(202611);
    expect(monthOf(new Date("2026-10-31T16:00:00Z"))).toBe(202610);
  });

  it("adds months across years", () => {
    expect(addMonths(202312, 1)).toBe(202401);
    expect(addMonths(202401, -1)).toBe(202312);
    expect(addMonths(202306, -12)).toBe(202206);
  });
});

describe("neighbours", () => {
  it("gives the next period, as the reports' plans name it", () => {
    expect(code(nextPeriod(p("2023-06")))).toBe("2023-07");
    expect(code(nextPeriod(p("2023-12")))).toBe("2024-01");
    expect(code(nextPeriod(p("2019-Q1")))).toBe("2019-Q2");
    expect(code(nextPeriod(p("2019-Q4")))).toBe("2020-Q1");
    expect(code(nextPeriod(p("2024-H1")))).toBe("2024-H2");
    expect(code(nextPeriod(p("2024-H2")))).toBe("2025-H1");
    expect(code(nextPeriod(p("2019-9M")))).toBe("2019-Q4");
    expect(code(nextPeriod(p("2024")))).toBe("2025");
  });

  it("gives the previous period and the same period last year", () => {
    expect(code(previousPeriod(p("2023-01")))).toBe("2022-12");
    expect(code(previousPeriod(p("2019-Q1")))).toBe("2018-Q4");
    expect(code(previousPeriod(p("2024-H1")))).toBe("2023-H2");
    expect(code(previousPeriod(p("2019-9M")))).toBe("2018-9M");
    expect(code(samePeriodLastYear(p("2023-06")))).toBe("2022-06");
    expect(code(samePeriodLastYear(p("2019-Q4")))).toBe("2018-Q4");
    // Nine months and a year have no period of their own before them.
    expect(["month", "quarter", "half", "nine", "year"].map((k) => hasOwnPreviousPeriod(k as Period["kind"]))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("finds the period of a month and the periods in a range", () => {
    expect(code(periodOfMonth(202305, "quarter")!)).toBe("2023-Q2");
    expect(periodOfMonth(202310, "nine")).toBeNull();
    expect(periodsBetween(202301, 202312, "quarter").map(code)).toEqual(["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]);
    expect(periodsBetween(202302, 202406, "half").map(code)).toEqual(["2023-H1", "2023-H2", "2024-H1"]);
    expect(periodsBetween(202201, 202408, "nine").map(code)).toEqual(["2022-9M", "2023-9M"]);
  });
});
