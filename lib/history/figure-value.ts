import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { decimalPlaces, moneyScale, shiftDecimal } from "./number-grammar";
import { countingWordFits, type CountingOptions } from "./units";

/** What of a number decides its value for an indicator. */
export interface PrintedNumber {
  value: string;
  percent: boolean;
  scale: number;
  money: boolean;
  /** The counting word printed after it ("trường hợp", "trạm"), when it is one the reader knows. */
  counting?: string | null;
}

/**
 * A printed number's value in an indicator's unit, or null if it cannot be that indicator's:
 * a percentage only for a % indicator, money only for an amount (converted: "3,5 triệu đồng" is
 * 0.0035 for tỷ đồng, 3500000 for đồng), never more decimals than the catalog's, never a ratio,
 * and only when the counting word after it fits the indicator's unit (units.ts).
 */
export function valueForIndicator(
  number: PrintedNumber,
  indicator: CatalogIndicator,
  counting: CountingOptions = {},
): string | null {
  if (isDerived(indicator.kind)) return null;
  if (number.percent !== (indicator.unitVi.trim() === "%")) return null;
  const unitScale = moneyScale(indicator.unitVi);
  if (number.money && unitScale === null) return null;
  if (!number.percent && !countingWordFits(number.counting, indicator.unitVi, counting)) return null;
  // A bare number of an amount is in the indicator's unit; with đồng, triệu or tỷ it is converted.
  const shift = unitScale !== null && (number.money || number.scale > 0) ? number.scale - unitScale : number.scale;
  const value = shiftDecimal(number.value, shift);
  return decimalPlaces(value) > indicator.decimals ? null : value;
}
