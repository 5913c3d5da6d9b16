import type { Locale } from "./dictionary";

// What the catalog names in both languages (fields, indicators, their former names and units),
// in the user's.

export function localName(item: { nameVi: string; nameEn: string }, locale: Locale): string {
  return locale === "en" ? item.nameEn : item.nameVi;
}

export function localUnit(item: { unitVi: string; unitEn: string }, locale: Locale): string {
  return locale === "en" ? item.unitEn : item.unitVi;
}
