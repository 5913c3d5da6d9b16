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
  const fixed = typeof decimals === "number" ? toFixedString(value, decimals) : toFixedString(value, decimals.max).replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
  const negative = fixed.startsWith("-");
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split(".");
  const { group, decimal } = separators(locale);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "-" : ""}${grouped}${fraction ? decimal + fraction : ""}`;
}

export function formatPercent(value: number | string, decimals: number, locale: Locale = "vi"): string {
  return `${formatNumber(value, decimals, locale)}%`;
}

/**
 * What staff type or paste from Excel, as a canonical decimal string. In Vietnamese "." groups
 * thousands and "," marks decimals: "31.888,142" -> "31888.142". A "." followed by groups of
 * exactly three digits is grouping ("1.057" -> "1057"); any other single "." is read as a decimal
 * point ("1.5"), as people type it.
 */
export function parseLocaleNumber(text: string, locale: Locale = "vi"): { ok: true; value: string } | { ok: false } {
  const cleaned = text.replace(/[\s\u00a0]/g, "");
  if (!cleaned) return { ok: false };
  const { group, decimal } = separators(locale);
  const sign = cleaned.startsWith("-") ? "-" : "";
  const body = sign ? cleaned.slice(1) : cleaned;
  const escape = (s: string) => (s === "." ? "\\." : s);
  const grouped = new RegExp(`^\\d{1,3}(${escape(group)}\\d{3})+(${escape(decimal)}\\d+)?$`);
  const plain = new RegExp(`^\\d+(${escape(decimal)}\\d+)?$`);
  let canonical: string | null = null;
  if (grouped.test(body)) canonical = body.split(group).join("").replace(decimal, ".");
  else if (plain.test(body)) canonical = body.replace(decimal, ".");
  else if (/^\d+\.\d+$/.test(body)) canonical = body;
  if (canonical === null) return { ok: false };
  const normalised = canonical.replace(/^0+(?=\d)/, "");
  return { ok: true, value: sign && Number(normalised) !== 0 ? `-${normalised}` : normalised };
}
