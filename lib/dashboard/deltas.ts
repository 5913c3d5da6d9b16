import Decimal from "decimal.js";
import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/dictionary";

// Comparisons directors read: against the previous period, the same period last year, the target.
// Differences and percentages are taken in decimal, so 1.15 - 1 is 0.15 (the float gives 0.1499…).

export interface Delta {
  abs: number;
  /** null when the base is zero. */
  pct: number | null;
}

export type Tone = "good" | "bad" | "neutral";

export function delta(current: number | null | undefined, base: number | null | undefined): Delta | null {
  if (current === null || current === undefined || base === null || base === undefined) return null;
  const abs = new Decimal(String(current)).minus(String(base));
  return {
    abs: abs.toNumber(),
    pct:
      base === 0
        ? null
        : abs
            .times(100)
            .div(String(Math.abs(base)))
            .toNumber(),
  };
}

/** Green when the indicator moved the way that is good for it, red the other way. */
export function deltaTone(change: Delta | null, higherIsBetter: boolean): Tone {
  if (!change || Math.abs(change.abs) < 1e-9) return "neutral";
  return change.abs > 0 === higherIsBetter ? "good" : "bad";
}

export function percentOfTarget(value: number | null | undefined, target: number | null | undefined): number | null {
  if (value === null || value === undefined || !target) return null;
  return new Decimal(String(value)).times(100).div(String(target)).toNumber();
}

/** A change as a tile prints it, +1,5 or -1,5; null when it prints as zero at these decimals (no change). */
export function formatChange(value: number, decimals: number, locale: Locale): string | null {
  const text = formatNumber(value, decimals, locale);
  if (!/[1-9]/.test(text)) return null;
  return value > 0 ? `+${text}` : text;
}
