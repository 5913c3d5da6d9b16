import { describe, expect, it } from "vitest";
import { dictionaries, localeFromAcceptLanguage } from "@/lib/i18n/dictionary";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): unknown[] {
  if (typeof value !== "object" || value === null) return [value];
  return Object.values(value).flatMap(leaves);
}

describe("dictionary", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(keyPaths(dictionaries.en).sort()).toEqual(keyPaths(dictionaries.vi).sort());
  });

  it("has no empty strings", () => {
    for (const dictionary of Object.values(dictionaries)) {
      for (const leaf of leaves(dictionary)) expect(typeof leaf === "string" && leaf.trim().length > 0).toBe(true);
    }
  });

  it("answers API callers in Vietnamese unless English comes first", () => {
    expect(localeFromAcceptLanguage(null)).toBe("vi");
    expect(localeFromAcceptLanguage("vi-VN,vi;q=0.9,en;q=0.8")).toBe("vi");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("fr")).toBe("vi");
  });
});
