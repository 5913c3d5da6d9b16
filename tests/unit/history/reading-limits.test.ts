import { describe, expect, it } from "vitest";
import { ReadingLimitError, readingLimits } from "@/lib/history/limits";
import { readReport } from "@/lib/history/reader";
import { loadCatalog } from "../support/catalog";

// Texts an attacker (or a broken converter) sends: the reader's work grows with the text, never
// with its square, and a text past a limit stops at once, naming the limit.

const catalog = [...loadCatalog().indicators.values()];
const read = (text: string) => readReport(text, { catalog });

function limitOf(text: string): string | null {
  try {
    read(text);
    return null;
  } catch (error) {
    if (error instanceof ReadingLimitError) return error.limit;
    throw error;
  }
}

describe("reading limits", { timeout: 30_000 }, () => {
  it("refuses a text past the characters limit before reading it", () => {
    expect(limitOf("1 ".repeat(1_250_000))).toBe("characters");
  });

  it("refuses 60 000 numbers in about 1 MB of text by the numbers limit", () => {
    const text = "Số trạm BTS 1290 trạm, ".repeat(60_000);
    expect(text.length).toBeLessThan(readingLimits.characters);
    expect(limitOf(text)).toBe("numbers");
    expect(limitOf("1 ".repeat(readingLimits.numbers + 1))).toBe("numbers");
  });

  it("reads long sentences without stops in time linear in their length", () => {
    // Each was quadratic (or worse in memory) before the scans around a number were bounded.
    const bts = read("Số trạm BTS 1290 trạm, ".repeat(5_000));
    expect(bts.candidates).toHaveLength(5_000);
    expect(new Set(bts.candidates.map((c) => `${c.indicator}=${c.value}`))).toEqual(new Set(["tel.bts=1290"]));
    expect(
      read("tham mưu ban hành 05 quyết định, 03 kế hoạch" + ", 02 báo cáo".repeat(5_000)).unmatched.length,
    ).toBeGreaterThan(4_000);
    expect(
      read("Tổng số 100 hồ sơ, trong đó " + "12 hồ sơ trực tuyến, ".repeat(5_000)).unmatched.length,
    ).toBeGreaterThan(4_000);
    expect(read("năm 2019 ".repeat(12_000)).candidates).toHaveLength(0);
    expect(read(`${"a\n\n".repeat(200_000)}Số trạm BTS 1290 trạm.`).candidates).toHaveLength(1);
  });
});
