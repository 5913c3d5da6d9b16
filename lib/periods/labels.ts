import type { Locale } from "@/lib/i18n/dictionary";
import type { Period } from "./period";

/** Short labels for tables and chart axes: T6/2023 (vi), 06/2023 (en). */
export function shortPeriodLabel(p: Period, locale: Locale): string {
  const month = String(p.index).padStart(2, "0");
  if (p.kind === "month") return locale === "vi" ? `T${p.index}/${p.year}` : `${month}/${p.year}`;
  return String(p.year);
}
