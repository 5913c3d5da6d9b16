import type { CatalogIndicator } from "@/lib/catalog/types";
import type { FrozenFigure } from "./types";

// National figures from the departments' accepted submissions: flows and levels summed, a ratio or
// density recomputed from its summed parts (never an average of the provinces' ratios), each
// saying how many provinces it covers (a ratio only those that gave both its parts). Decimals are
// summed exactly, as millionths (the figures' precision).

export interface NationalFigure {
  indicator: string;
  /** A plain decimal string, or null when no province gave it. */
  value: string | null;
  provinces: number;
}

const scale = 1_000_000n;

function toMillionths(value: string): bigint {
  const negative = value.startsWith("-");
  const [whole, fraction = ""] = value.replace(/^-/, "").split(".");
  const millionths = BigInt(whole || "0") * scale + BigInt((fraction + "000000").slice(0, 6));
  return negative ? -millionths : millionths;
}

function fromMillionths(value: bigint): string {
  const negative = value < 0n;
  const size = negative ? -value : value;
  const whole = size / scale;
  const fraction = (size % scale).toString().padStart(6, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** `numerator / denominator × 100` rounded to `decimals`, as a plain decimal string. */
function share(numerator: bigint, denominator: bigint, decimals: number): string {
  const unit = 10n ** BigInt(decimals);
  const scaled = numerator * 100n * unit;
  const rounded = (scaled * 2n + denominator) / (2n * denominator);
  const whole = rounded / unit;
  const fraction = decimals ? (rounded % unit).toString().padStart(decimals, "0").replace(/0+$/, "") : "";
  return `${whole}${fraction ? `.${fraction}` : ""}`;
}

export function nationalFigures(catalog: CatalogIndicator[], submissions: Record<string, FrozenFigure>[]): NationalFigure[] {
  return catalog.flatMap((indicator): NationalFigure[] => {
    if (indicator.kind === "ratio" || indicator.kind === "density") {
      const both = submissions.filter((figures) => figures[indicator.numerator ?? ""] && figures[indicator.denominator ?? ""]);
      const sum = (code: string) => both.reduce((total, figures) => total + toMillionths(figures[code].value), 0n);
      const denominator = both.length ? sum(indicator.denominator!) : 0n;
      if (!both.length) return [];
      return [{ indicator: indicator.code, value: denominator > 0n ? share(sum(indicator.numerator!), denominator, indicator.decimals) : null, provinces: both.length }];
    }
    const given = submissions.filter((figures) => figures[indicator.code]);
    if (!given.length) return [];
    return [{ indicator: indicator.code, value: fromMillionths(given.reduce((total, figures) => total + toMillionths(figures[indicator.code].value), 0n)), provinces: given.length }];
  });
}
