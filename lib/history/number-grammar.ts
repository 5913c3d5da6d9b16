import Decimal from "decimal.js";

// How these reports print a number: thousands grouped with "." (or, after OCR, a space), decimals
// after ",", leading zeros on small counts ("05"). Values are exact decimal strings, never floats.

const Exact = Decimal.clone({ precision: 64, toExpNeg: -64, toExpPos: 64 });

/** The value of a printed number ("31.888,142", "7 500 000", "05", "86,4"), or null if it is not one. */
export function numberValue(printed: string): string | null {
  const text = printed.trim();
  let plain: string | null = null;
  if (/^\d{1,3}([. ]\d{3})+(,\d+)?$/.test(text)) plain = text.replace(/[. ]/g, "").replace(",", ".");
  else if (/^\d+(,\d+)?$/.test(text)) plain = text.replace(",", ".");
  if (plain === null) return null;
  return new Exact(plain).toFixed();
}

/** Powers of ten that words after a number multiply it by ("3,5 triệu" is 3 500 000). */
export const scaleWords: Record<string, number> = { nghin: 3, ngan: 3, trieu: 6, ty: 9, ti: 9 };

/** The unit of money of a catalog unit ("đồng" 0, "triệu đồng" 6, "tỷ đồng" 9), or null if it is not money. */
export function moneyScale(unitVi: string): number | null {
  const match = /^(?:(nghin|ngan|trieu|ty|ti)\s+)?(dong|vnd)$/.exec(
    unitVi
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .trim(),
  );
  if (!match) return null;
  return match[1] ? scaleWords[match[1]] : 0;
}

/** `value` × 10^shift, exactly. */
export function shiftDecimal(value: string, shift: number): string {
  return new Exact(value).times(new Exact(10).pow(shift)).toFixed();
}

/** Digits after the decimal point of an exact value. */
export function decimalPlaces(value: string): number {
  return new Exact(value).decimalPlaces();
}

export function compareDecimal(a: string, b: string): number {
  return new Exact(a).comparedTo(new Exact(b));
}

export function addDecimals(values: string[]): string {
  return values.reduce((sum, v) => sum.plus(v), new Exact(0)).toFixed();
}
