import { readdirSync } from "node:fs";
import path from "node:path";
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

// Catalogs of their own, per feature (lib/i18n/messages/{vi,en}/<feature>.ts): English is typed
// against the Vietnamese shape, and both have the same keys and no empty string.
const catalogs = readdirSync(path.resolve(import.meta.dirname, "../../../lib/i18n/messages/vi")).filter((file) =>
  file.endsWith(".ts"),
);

describe.each(catalogs)("the %s catalog", (file) => {
  it("has the same keys in Vietnamese and English, none empty", async () => {
    const vi = await import(`@/lib/i18n/messages/vi/${file.replace(/\.ts$/, "")}`);
    const en = await import(`@/lib/i18n/messages/en/${file.replace(/\.ts$/, "")}`);
    expect(keyPaths(en).sort()).toEqual(keyPaths(vi).sort());
    for (const leaf of [...leaves(vi), ...leaves(en)])
      expect(typeof leaf === "string" && leaf.trim().length > 0).toBe(true);
  });
});
