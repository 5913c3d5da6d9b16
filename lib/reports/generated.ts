import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import type { FillContext } from "./fill";
import { comparisonPhrase, printFigure } from "./wording";

// Sentences for figures that no template states, in the register of the seeds' own lines
// ("Tiếp nhận đơn phản ánh, kiến nghị: 01 đơn", "Dịch vụ công trực tuyến mức độ 3: 306 dịch vụ (...)"):
// name, value, unit, (ước), its parts after "trong đó:", a ratio's numerator and denominator, and
// the change against the same period last year.

export interface GeneratedSentence {
  text: string;
  states: string[];
  figures: Record<string, string | null>;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase("vi") + s.slice(1);

function valueOf(code: string, context: FillContext): string | null {
  return context.figures.get(code)?.value ?? null;
}

/** "7.898 tài khoản (ước)", "86,4%", "7.500.000 đồng". */
function amount(indicator: CatalogIndicator, context: FillContext, withUnit = true): string {
  const figure = context.figures.get(indicator.code)!;
  const printed = printFigure(indicator, figure.value!, { moneyWording: context.moneyWording });
  const moneyPrinted = printed.endsWith("đồng");
  const unit =
    !withUnit || moneyPrinted || !indicator.unitVi ? "" : indicator.unitVi === "%" ? "%" : ` ${indicator.unitVi}`;
  return `${printed}${unit}${figure.estimate ? " (ước)" : ""}`;
}

function partsOf(code: string, context: FillContext, take: (code: string) => boolean): CatalogIndicator[] {
  return [...context.catalog.values()]
    .filter((i) => i.parent === code && valueOf(i.code, context) !== null && take(i.code))
    .sort((a, b) => a.sortOrder - b.sortOrder);
}

/** "bưu cục 53", "điểm phục vụ hình thức khác 127 điểm": the unit is left out when the name starts with it. */
function partPhrase(
  part: CatalogIndicator,
  context: FillContext,
  take: (code: string) => boolean,
  states: string[],
): string {
  states.push(part.code);
  const name = lowerFirst(part.nameVi);
  const unitInName = part.unitVi && name.toLocaleLowerCase("vi").startsWith(part.unitVi.toLocaleLowerCase("vi"));
  const sub = partsOf(part.code, context, take);
  const inner = sub.length ? ` (${sub.map((s) => partPhrase(s, context, take, states)).join("; ")})` : "";
  return `${name} ${amount(part, context, !unitInName)}${inner}`;
}

/** "(23.358/27.024 văn bản)", "(1.234.567 thuê bao/1.009.168 người)". */
function ratioParts(indicator: CatalogIndicator, context: FillContext, states: string[]): string {
  const numerator = context.catalog.get(indicator.numerator!)!;
  const denominator = context.catalog.get(indicator.denominator!)!;
  const n = valueOf(numerator.code, context);
  const d = valueOf(denominator.code, context);
  if (n === null || d === null) return "";
  states.push(numerator.code, denominator.code);
  const nText = printFigure(numerator, n, { moneyWording: null });
  const dText = printFigure(denominator, d, { moneyWording: null });
  return numerator.unitVi === denominator.unitVi
    ? ` (${nText}/${dText} ${numerator.unitVi})`
    : ` (${nText} ${numerator.unitVi}/${dText} ${denominator.unitVi})`;
}

/**
 * The sentence stating one indicator's figure, with its parts that `take` accepts (parts already
 * stated elsewhere are left to their sentence).
 */
export function figureSentence(
  code: string,
  context: FillContext,
  take: (code: string) => boolean = () => true,
): GeneratedSentence {
  const indicator = context.catalog.get(code)!;
  const figure = context.figures.get(code)!;
  const states = [code];
  let text = `${indicator.nameVi}: ${amount(indicator, context)}`;
  if (isDerived(indicator.kind)) text += ratioParts(indicator, context, states);
  const parts = partsOf(code, context, take);
  if (parts.length) text += `, trong đó: ${parts.map((p) => partPhrase(p, context, take, states)).join("; ")}`;
  const change = comparisonPhrase(indicator, figure.value!, figure.lastYear, "cùng kỳ");
  if (change) text += `, ${change}`;
  const figures = Object.fromEntries(states.map((c) => [c, valueOf(c, context)]));
  return { text: `${text}.`, states: [...new Set(states)], figures };
}
