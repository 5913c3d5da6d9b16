import Decimal from "decimal.js";
import type { Locale } from "@/lib/i18n/dictionary";
import { moneyMessages as enMoney, writtenForms as enForms } from "@/lib/i18n/messages/en/numbers";
import { moneyMessages as viMoney, writtenForms as viForms } from "@/lib/i18n/messages/vi/numbers";

// The one number formatter: vi groups thousands with "." and decimals with ","; en the reverse
// (lib/i18n/messages/*/numbers.ts).
// Figures are decimal strings (numbers pass through their shortest form, String(n)), rounded half
// up, away from zero, as Vietnamese documents round: 56,885 -> 56,89; never binary floats' toFixed.

/** A figure to print: a decimal string, a number, or a Decimal (Prisma's Decimal is one too). */
export type NumberValue = number | string | Decimal;

// Its own constructor so that no one else's Decimal settings change how figures print.
const Exact = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -64, toExpPos: 64 });
const decimalText = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Thousands and decimal separators per language (lib/i18n/messages/{vi,en}/numbers.ts). */
const separators = { vi: viForms, en: enForms };

function toDecimal(value: NumberValue): Decimal | null {
  const text = typeof value === "string" ? value.trim() : String(value);
  return decimalText.test(text) ? new Exact(text) : null;
}

/** Plain digits rounded half up: `decimals` places, or at most `max` places without trailing zeros. */
function roundedText(value: Decimal, decimals: number | { max: number }): string {
  const text =
    typeof decimals === "number"
      ? value.toFixed(decimals, Exact.ROUND_HALF_UP)
      : value.toDecimalPlaces(decimals.max, Exact.ROUND_HALF_UP).toFixed();
  // A figure that rounds to zero prints without a sign: -0,04 with one decimal is 0,0.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

function localise(plain: string, locale: Locale): string {
  const negative = plain.startsWith("-");
  const [whole, fraction] = (negative ? plain.slice(1) : plain).split(".");
  const { group, decimal } = separators[locale];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "-" : ""}${grouped}${fraction ? decimal + fraction : ""}`;
}

/**
 * A figure as people read it: `formatNumber("31888.142", 3)` -> "31.888,142"; `{ max }` drops
 * trailing zeros. What is not a finite number is returned as given.
 */
export function formatNumber(value: NumberValue, decimals: number | { max: number }, locale: Locale = "vi"): string {
  const exact = toDecimal(value);
  return exact ? localise(roundedText(exact, decimals), locale) : String(value);
}

/** A percentage already in percent units: `formatPercent(86.43, 1)` -> "86,4%". */
export function formatPercent(value: NumberValue, decimals: number, locale: Locale = "vi"): string {
  return `${formatNumber(value, decimals, locale)}%`;
}

/** How an organisation words amounts of money in đồng (OrganisationProfile.moneyWording). */
export const moneyWordings = ["dong", "million", "billion"] as const;
export type MoneyWording = (typeof moneyWordings)[number];

const moneyShifts: Record<MoneyWording, number> = { dong: 0, million: 6, billion: 9 };
const moneyUnits = { vi: viMoney, en: enMoney };

/**
 * An amount in đồng as the organisation words it: "7.500.000 đồng", "7,5 triệu đồng" or
 * "120,4 tỷ đồng" (millions and billions with at most three decimals).
 */
export function formatMoney(value: NumberValue, wording: MoneyWording, locale: Locale = "vi"): string {
  const shift = moneyShifts[wording];
  const exact = toDecimal(value);
  const amount =
    exact && shift
      ? formatNumber(exact.div(new Exact(10).pow(shift)), { max: 3 }, locale)
      : formatNumber(value, 0, locale);
  return `${amount} ${moneyUnits[locale][wording]}`;
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
  const { group, decimal } = separators[locale];
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
