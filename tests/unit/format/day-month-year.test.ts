import { describe, expect, it } from "vitest";
import { formatDayMonthYear, parseDayMonthYear } from "@/lib/format/day-month-year";

describe("dd/mm/yyyy dates", () => {
  it("reads a day as Vietnamese write it", () => {
    expect(parseDayMonthYear("13/09/2023")).toBe("2023-09-13");
    expect(parseDayMonthYear(" 1/9/2023 ")).toBe("2023-09-01");
    expect(parseDayMonthYear("29.02.2024")).toBe("2024-02-29");
  });

  it("refuses what is no calendar date", () => {
    for (const text of [
      "29/02/2023",
      "31/04/2024",
      "13/13/2023",
      "2023-09-13",
      "13/09/23",
      "",
      "00/01/2024",
      "01/01/1800",
    ])
      expect(parseDayMonthYear(text), text).toBeNull();
  });

  it("writes an ISO date back", () => {
    expect(formatDayMonthYear("2023-09-13")).toBe("13/09/2023");
  });
});
