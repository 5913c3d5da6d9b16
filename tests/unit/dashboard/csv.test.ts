import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/dashboard/csv";

describe("toCsv", () => {
  it("prefixes text that a spreadsheet would run as a formula", () => {
    const csv = toCsv(["a"], [['=HYPERLINK("x")'], ["+1"], ["-2+3"], ["@SUM(A1)"], ["\tx"], ["\rx"], ["ok"]]);
    const lines = csv.slice(1).split("\r\n");
    expect(lines.slice(1, 8)).toEqual([`"'=HYPERLINK(""x"")"`, "'+1", "'-2+3", "'@SUM(A1)", "'\tx", `"'\rx"`, "ok"]);
  });

  it("keeps numbers, negative ones included, as numbers", () => {
    expect(toCsv(["v"], [[-5], [1.5], [null]])).toBe("\uFEFFv\r\n-5\r\n1.5\r\n\r\n");
  });
});
