import type { CatalogIndicator } from "@/lib/catalog/types";
import type { MoneyWording } from "@/lib/format/number";
import { fillSentence, type Figure } from "../fill";

// The example of the templates editor's help, filled by the product's own fillSentence with
// made-up figures, so the help says what the product does.

export const exampleTemplate =
  "Toàn tỉnh có [{tel.cable_poles} cột treo cáp][; {tel.fiber_aerial_km} km cáp quang treo][ và {tel.bts} trạm BTS[, {tel.bts|vs_last_year}]].";

const figure = (value: string, lastYear: string | null = null): Figure => ({
  value,
  estimate: false,
  previous: null,
  lastYear,
  targetPct: null,
});

const everyFigure: Record<string, Figure> = {
  "tel.cable_poles": figure("90923"),
  "tel.fiber_aerial_km": figure("31888.142"),
  "tel.bts": figure("1222", "1150"),
};

/** The only figure of the second case (without last year's, so its comparison drops out too). */
const someFigures: Record<string, Figure> = { "tel.bts": figure("1222") };

export interface TemplateExample {
  template: string;
  /** Printed with every figure, last year's included. */
  all: string | null;
  /** The indicators of the second case, and what it prints. */
  some: { codes: string[]; text: string | null };
  /** Printed with no figure at all (null: left out). */
  none: string | null;
}

/** The example template filled three ways; null when the catalog lacks one of its indicators. */
export function templateExample(
  catalog: Map<string, CatalogIndicator>,
  moneyWording: MoneyWording = "dong",
): TemplateExample | null {
  if (Object.keys(everyFigure).some((code) => !catalog.has(code))) return null;
  const fill = (figures: Record<string, Figure>) =>
    fillSentence(exampleTemplate, { catalog, figures: new Map(Object.entries(figures)), moneyWording }).text;
  return {
    template: exampleTemplate,
    all: fill(everyFigure),
    some: { codes: Object.keys(someFigures), text: fill(someFigures) },
    none: fill({}),
  };
}
