import type { CatalogIndicator } from "@/lib/catalog/types";
import type { MoneyWording } from "@/lib/format/number";
import { parseTemplate, statingFormatters, templateIndicators, type TemplateNode } from "./template";
import { comparisonPhrase, printFigure, targetPhrase } from "./wording";

// Fills a sentence template with a period's figures. A clause ([ ]) prints only when its own
// figures are there (a clause holding only clauses, when one of them prints); a comparison without
// its base drops out. Only a sentence whose required figures are all missing is left out; one that
// misses some of them is flagged, never printed with a blank.

/** A figure of the report's period as exact decimal strings, with what it is compared against. */
export interface Figure {
  value: string | null;
  estimate: boolean;
  previous: string | null;
  lastYear: string | null;
  targetPct: number | null;
}

export interface FillContext {
  catalog: Map<string, CatalogIndicator>;
  figures: Map<string, Figure>;
  moneyWording: MoneyWording;
}

export interface FilledSentence {
  /** The sentence, or null when it is left out (no required figure there, or no figure at all). */
  text: string | null;
  /** Required figures that are missing while others are there: the sentence is flagged. */
  missing: string[];
  /** Indicators whose figure the sentence prints. */
  states: string[];
  /** Every figure the template names, as used (to tell which changed on a refresh). */
  figures: Record<string, string | null>;
}

type Filled = { text: string; states: string[]; missing: string[]; stated: boolean };

function fillPlaceholder(node: Extract<TemplateNode, { indicator: string }>, context: FillContext): string | null {
  const figure = context.figures.get(node.indicator);
  const indicator = context.catalog.get(node.indicator)!;
  if (!figure || figure.value === null) return null;
  const estimate = figure.estimate ? " (ước)" : "";
  switch (node.formatter) {
    case "value":
    case "pct":
      return (
        printFigure(indicator, figure.value, { moneyWording: null }) + (node.formatter === "pct" ? "%" : "") + estimate
      );
    case "pad2":
      return printFigure(indicator, figure.value, { moneyWording: null, pad2: true }) + estimate;
    case "money":
      return printFigure(indicator, figure.value, { moneyWording: context.moneyWording }) + estimate;
    case "vs_last_year":
      return comparisonPhrase(indicator, figure.value, figure.lastYear, "cùng kỳ");
    case "vs_previous":
      return comparisonPhrase(indicator, figure.value, figure.previous, "kỳ trước");
    case "vs_target":
      return targetPhrase(figure.targetPct);
  }
}

const separator = /^(\s*[,;:]\s*|\s*và\s+|\s+)/u;

function leadingSeparator(nodes: TemplateNode[]): string {
  const first = nodes[0];
  return first && "text" in first ? (first.text.match(separator)?.[0] ?? "") : "";
}

/** Fills nodes; `required` is true at the sentence level, where a missing figure is not dropped but flagged. */
function fillNodes(nodes: TemplateNode[], context: FillContext, required: boolean): Filled | null {
  let text = "";
  const states: string[] = [];
  const missing: string[] = [];
  let stated = false;
  let ownFigures = 0;
  let clausesPrinted = 0;
  // In a run of adjacent clauses the first one printed takes the run's leading separator:
  // "có [{a} cột][; {b} km]" prints "có 5 km" without a; "X[, {a}][, {b}]" prints "X, 7" without a.
  let run: { separator: string; printed: boolean } | null = null;
  for (const node of nodes) {
    if (!("clause" in node)) run = null;
    if ("text" in node) {
      text += node.text;
    } else if ("clause" in node) {
      run ??= { separator: leadingSeparator(node.clause), printed: false };
      const inner = fillNodes(node.clause, context, false);
      if (inner) {
        text += run.printed ? inner.text : run.separator + inner.text.slice(leadingSeparator(node.clause).length);
        run.printed = true;
        states.push(...inner.states);
        stated ||= inner.stated;
        clausesPrinted++;
      }
    } else {
      const filled = fillPlaceholder(node, context);
      const stating = statingFormatters.has(node.formatter);
      if (stating) ownFigures++;
      if (filled === null) {
        if (!stating) continue;
        if (!required) return null;
        missing.push(node.indicator);
        text += "…";
        continue;
      }
      text += filled;
      if (stating) {
        states.push(node.indicator);
        stated = true;
      }
    }
  }
  // A clause made only of clauses (", trong đó: [..][..]") prints when one of them does.
  if (!required && ownFigures === 0 && clausesPrinted === 0 && nodes.some((n) => "clause" in n)) return null;
  return { text, states, missing, stated };
}

/** Punctuation left behind by clauses that dropped out: no stray `;`, `,`, `()` or `trong đó:`. */
export function tidySentence(text: string): string {
  let s = text.replace(/\s+/g, " ");
  let before: string;
  do {
    before = s;
    s = s
      .replace(/\s+([,;.:)])/g, "$1")
      .replace(/\(\s+/g, "(")
      .replace(/\s*\(\s*[,;:]?\s*\)/g, "")
      .replace(/\(\s*[,;]\s*/g, "(")
      .replace(/\s*[,;]\s*\)/g, ")")
      .replace(/,?\s*(trong đó|bao gồm|gồm|cụ thể)\s*[:,]?\s*(?=[.;)]|$)/giu, "")
      .replace(/([,;:])\s*[,;]/g, "$1")
      .replace(/[,;:]\s*(?=\.|$)/g, "")
      .replace(/^\s*[,;:.]\s*/, "");
  } while (s !== before);
  s = s.trim();
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** A template filled with figures, or left out. */
export function fillSentence(template: string, context: FillContext): FilledSentence {
  const parsed = parseTemplate(template, new Set(context.catalog.keys()));
  if (!parsed.ok) return { text: template, missing: parsed.errors.map((e) => e.token), states: [], figures: {} };
  const figures = Object.fromEntries(
    templateIndicators(parsed.nodes).map((code) => [code, context.figures.get(code)?.value ?? null]),
  );
  const filled = fillNodes(parsed.nodes, context, true)!;
  const required = parsed.nodes.filter(
    (n): n is Extract<TemplateNode, { indicator: string }> => "indicator" in n && statingFormatters.has(n.formatter),
  );
  const allRequiredMissing = required.length > 0 && required.every((n) => filled.missing.includes(n.indicator));
  const named = Object.keys(figures).length > 0;
  if (allRequiredMissing || (named && !filled.stated)) return { text: null, missing: [], states: [], figures };
  return {
    text: tidySentence(filled.text),
    missing: [...new Set(filled.missing)],
    states: [...new Set(filled.states)],
    figures,
  };
}
