import { describe, expect, it } from "vitest";
import { periodLabel, romanNumeral, shortPeriodLabel } from "@/lib/periods/labels";
import { parsePeriod } from "@/lib/periods/period";

const p = (code: string) => parsePeriod(code)!;

describe("period labels", () => {
  it("writes Vietnamese as the reports do", () => {
    expect(periodLabel(p("2023-06"), "vi")).toBe("tháng 6 năm 2023");
    expect(periodLabel(p("2019-Q1"), "vi")).toBe("quý I/2019");
    expect(periodLabel(p("2019-Q4"), "vi")).toBe("quý IV/2019");
    expect(periodLabel(p("2024-H1"), "vi")).toBe("06 tháng đầu năm 2024");
    expect(periodLabel(p("2024-H2"), "vi")).toBe("6 tháng cuối năm 2024");
    expect(periodLabel(p("2019-9M"), "vi")).toBe("9 tháng đầu năm 2019");
    expect(periodLabel(p("2024"), "vi")).toBe("năm 2024");
  });

  it("writes English", () => {
    expect(periodLabel(p("2023-06"), "en")).toBe("June 2023");
    expect(periodLabel(p("2019-Q1"), "en")).toBe("Q1 2019");
    expect(periodLabel(p("2024-H2"), "en")).toBe("second half of 2024");
    expect(periodLabel(p("2019-9M"), "en")).toBe("first nine months of 2019");
    expect(periodLabel(p("2024"), "en")).toBe("2024");
  });

  it("has short labels for axes and Roman numerals", () => {
    expect(shortPeriodLabel(p("2023-06"), "vi")).toBe("T6/2023");
    expect(shortPeriodLabel(p("2023-06"), "en")).toBe("06/2023");
    expect(shortPeriodLabel(p("2019-9M"), "vi")).toBe("9T/2019");
    expect(shortPeriodLabel(p("2024-Q4"), "vi")).toBe("Quý IV/2024");
    expect(shortPeriodLabel(p("2024-Q4"), "en")).toBe("Q4 2024");
    expect(romanNumeral(4)).toBe("IV");
  });
});
