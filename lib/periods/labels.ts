import type { Locale } from "@/lib/i18n/dictionary";
import type { Period } from "./period";

const romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const englishMonths = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function romanNumeral(n: number): string {
  return romans[n - 1] ?? String(n);
}

/** As reports write them: tháng 6 năm 2023, quý I/2019, 06 tháng đầu năm 2024, 9 tháng đầu năm 2019, năm 2024. */
export function periodLabel(p: Period, locale: Locale): string {
  if (locale === "en") {
    switch (p.kind) {
      case "month":
        return `${englishMonths[p.index - 1]} ${p.year}`;
      case "quarter":
        return `Q${p.index} ${p.year}`;
      case "half":
        return `${p.index === 1 ? "first" : "second"} half of ${p.year}`;
      case "nine":
        return `first nine months of ${p.year}`;
      case "year":
        return String(p.year);
    }
  }
  switch (p.kind) {
    case "month":
      return `tháng ${p.index} năm ${p.year}`;
    case "quarter":
      return `quý ${romanNumeral(p.index)}/${p.year}`;
    case "half":
      return p.index === 1 ? `06 tháng đầu năm ${p.year}` : `6 tháng cuối năm ${p.year}`;
    case "nine":
      return `9 tháng đầu năm ${p.year}`;
    case "year":
      return `năm ${p.year}`;
  }
}

/** For tables and chart axes: T6/2023, Quý I/2019, 6T/2024, 6TC/2024, 9T/2019, 2024 (en: 06/2023, Q1 2019, H1 2024, H2 2024, 9M 2019). */
export function shortPeriodLabel(p: Period, locale: Locale): string {
  const vi = locale === "vi";
  switch (p.kind) {
    case "month":
      return vi ? `T${p.index}/${p.year}` : `${String(p.index).padStart(2, "0")}/${p.year}`;
    case "quarter":
      return vi ? `Quý ${romanNumeral(p.index)}/${p.year}` : `Q${p.index} ${p.year}`;
    case "half":
      return vi ? `${p.index === 1 ? "6T" : "6TC"}/${p.year}` : `H${p.index} ${p.year}`;
    case "nine":
      return vi ? `9T/${p.year}` : `9M ${p.year}`;
    case "year":
      return String(p.year);
  }
}
