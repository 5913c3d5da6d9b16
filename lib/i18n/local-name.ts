import type { Locale } from "./dictionary";

// What the catalog names in both languages (fields, indicators, their former names and units),
// in the user's.

export function localName(item: { nameVi: string; nameEn: string }, locale: Locale): string {
  return locale === "en" ? item.nameEn : item.nameVi;
}

export function localUnit(item: { unitVi: string; unitEn: string }, locale: Locale): string {
  return locale === "en" ? item.unitEn : item.unitVi;
}

/** The name of a catalog code in the user's language; the code itself where the catalog has none. */
export function nameOfCode(
  catalog: ReadonlyMap<string, { nameVi: string; nameEn: string }>,
  code: string,
  locale: Locale,
): string {
  const found = catalog.get(code);
  return found ? localName(found, locale) : code;
}
