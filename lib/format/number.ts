import type { Locale } from "@/lib/i18n/dictionary";

// The one number formatter: vi groups thousands with "." and decimals with ","; en the reverse.

function separators(locale: Locale) {
  return locale === "vi" ? { group: ".", decimal: "," } : { group: ",", decimal: "." };
}

function toFixedString(value: number | string, decimals: number): string {
  const n = typeof value === "string" ? Number(value) : value;
  return n.toFixed(decimals);
}

export function formatNumber(value: number | string, decimals: number | { max: number }, locale: Locale = "vi"): string {
  const fixed = typeof decimals === "number" ? toFixedString(value, decimals) : toFixedString(value, decimals.max).replace(/\.?0+$/, "");
  const negative = fixed.startsWith("-");
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const { group, decimal } = separators(locale);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "-" : ""}${grouped}${fraction ? decimal + fraction : ""}`;
}

export function formatPercent(value: number | string, decimals: number, locale: Locale = "vi"): string {
  return `${formatNumber(value, decimals, locale)}%`;
}
