import { describe, expect, it } from "vitest";
import { jsonTooDeep } from "@/lib/api/input";
import { isStorableText, unstorablePath } from "@/lib/forms/storable";
import { isIsoDate, isMonthCode, maxYear, minYear, parsePeriod } from "@/lib/periods/period";
import { fitsValueColumn } from "@/lib/values/checks";
import { decimalInput, monthCode } from "@/lib/values/schema";

describe("the value column's limit", () => {
  it("accepts values below 10^14 and refuses 10^14 and more", () => {
    expect(fitsValueColumn("99999999999999.999999")).toBe(true);
    expect(fitsValueColumn("-99999999999999")).toBe(true);
    expect(fitsValueColumn("000000000000000001")).toBe(true);
    expect(fitsValueColumn("100000000000000")).toBe(false);
    expect(fitsValueColumn("123456789012345")).toBe(false);
    expect(decimalInput.safeParse(9007199254740991).success).toBe(false);
    // A message key with the limit, worded in the caller's language by the API and the forms.
    expect(decimalInput.safeParse("123456789012345").error?.issues[0]).toMatchObject({
      message: "valueTooLarge",
      params: { limit: "100000000000000" },
    });
    expect(decimalInput.safeParse(12.5).data).toBe("12.5");
  });
});

describe("one range of years", () => {
  it("refuses months and periods outside it", () => {
    for (const code of ["0000-01", "9999-12", `${minYear - 1}-12`, `${maxYear + 1}-01`, "2024-13"]) {
      expect(isMonthCode(code)).toBe(false);
      expect(monthCode.safeParse(code).success).toBe(false);
    }
    expect(monthCode.safeParse(`${minYear}-01`).success).toBe(true);
    expect(parsePeriod("9999")).toBeNull();
    expect(parsePeriod("0000-Q1")).toBeNull();
  });

  it("accepts only dates the calendar has", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    for (const date of ["2024-13-45", "2023-02-29", "2024-04-31", "0000-01-01", "2024-1-1", "2024-01-01T00:00"])
      expect(isIsoDate(date)).toBe(false);
  });
});

describe("text PostgreSQL cannot store", () => {
  it("finds a NUL or a lone surrogate in any string, key, nesting or file name, and names its path", () => {
    expect(unstorablePath({ a: [{ note: "a\u0000b" }] })).toBe("a.0.note");
    expect(unstorablePath({ "k\u0000": 1 })).toBe("k\u0000");
    expect(unstorablePath({ values: [{ note: "x\ud800" }] })).toBe("values.0.note");
    expect(unstorablePath({ note: "\udc00 alone" })).toBe("note");
    expect(unstorablePath({ file: new File(["x"], "bad\u0000.txt") })).toBe("file");
    expect(unstorablePath("\u0000")).toBe("");
    expect(unstorablePath({ a: ["ok", 1, null, true, "Trà Vinh 😀"] })).toBeNull();
    expect(isStorableText("\ud83d\ude00")).toBe(true);
    expect(isStorableText("\ude00\ud83d")).toBe(false);
  });
});

describe("JSON nesting read before parsing", () => {
  it("counts brackets outside strings only", () => {
    expect(jsonTooDeep("[".repeat(33) + "]".repeat(33), 32)).toBe(true);
    expect(jsonTooDeep("[".repeat(32) + "]".repeat(32), 32)).toBe(false);
    expect(jsonTooDeep(JSON.stringify({ note: "[".repeat(100) }), 32)).toBe(false);
    expect(jsonTooDeep(JSON.stringify({ note: '\\"' + "{".repeat(100) }), 32)).toBe(false);
    expect(jsonTooDeep('{"a":'.repeat(10_000) + "1" + "}".repeat(10_000), 32)).toBe(true);
  });
});
