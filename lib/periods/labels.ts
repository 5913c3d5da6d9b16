import type { Locale } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/fill";
import { periodMessages as en } from "@/lib/i18n/messages/en/periods";
import { periodMessages as vi } from "@/lib/i18n/messages/vi/periods";
import type { Period } from "./period";

const romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const messages = { vi, en };

export function romanNumeral(n: number): string {
  return romans[n - 1] ?? String(n);
}

function label(p: Period, locale: Locale, form: "long" | "short"): string {
  const t = messages[locale];
  const key = p.kind === "half" ? (p.index === 1 ? "firstHalf" : "secondHalf") : p.kind;
  return fill(t[form][key], {
    year: p.year,
    index: p.index,
    month: p.index,
    month2: String(p.index).padStart(2, "0"),
    monthName: t.monthNames[p.index - 1] ?? String(p.index),
    roman: romanNumeral(p.index),
  });
}

/** As reports write them: tháng 6 năm 2023, quý I/2019, 06 tháng đầu năm 2024, 9 tháng đầu năm 2019, năm 2024. */
export function periodLabel(p: Period, locale: Locale): string {
  return label(p, locale, "long");
}

/** For tables and chart axes: T6/2023, Quý I/2019, 6T/2024, 6TC/2024, 9T/2019, 2024 (en: 06/2023, Q1 2019, H1 2024, H2 2024, 9M 2019). */
export function shortPeriodLabel(p: Period, locale: Locale): string {
  return label(p, locale, "short");
}
