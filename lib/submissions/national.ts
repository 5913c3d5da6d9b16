import Decimal from "decimal.js";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { Exact, exactRatio } from "@/lib/periods/aggregate";
import type { FrozenFigure } from "./types";

// National figures from the departments' accepted submissions: flows and levels summed, a ratio or
// density recomputed from its summed parts (never an average of the provinces' ratios), each
// saying how many provinces it covers (a ratio only those that gave both its parts). Sums are
// exact decimals; a ratio is rounded to the indicator's decimals, half up.

export interface NationalFigure {
  indicator: string;
  /** A plain decimal string, or null when no province gave it. */
  value: string | null;
  provinces: number;
}

const sum = (values: string[]) => values.reduce((total, value) => total.plus(value), new Exact(0)).toFixed();

export function nationalFigures(
  catalog: CatalogIndicator[],
  submissions: Record<string, FrozenFigure>[],
): NationalFigure[] {
  return catalog.flatMap((indicator): NationalFigure[] => {
    if (indicator.kind === "ratio" || indicator.kind === "density") {
      const both = submissions.filter(
        (figures) => figures[indicator.numerator ?? ""] && figures[indicator.denominator ?? ""],
      );
      if (!both.length) return [];
      const [numerator, denominator] = [indicator.numerator!, indicator.denominator!].map((code) =>
        sum(both.map((figures) => figures[code].value)),
      );
      const ratio = exactRatio(numerator, denominator);
      return [
        {
          indicator: indicator.code,
          value:
            ratio === null
              ? null
              : new Exact(ratio).toDecimalPlaces(indicator.decimals, Decimal.ROUND_HALF_UP).toFixed(),
          provinces: both.length,
        },
      ];
    }
    const given = submissions.filter((figures) => figures[indicator.code]);
    if (!given.length) return [];
    return [
      {
        indicator: indicator.code,
        value: sum(given.map((figures) => figures[indicator.code].value)),
        provinces: given.length,
      },
    ];
  });
}
