// Sentence templates: text with {indicator} or {indicator|formatter} placeholders and optional
// clauses in [ ], which may nest, e.g.
//   "Toàn tỉnh có [{tel.cable_poles} cột treo cáp; ]{tel.bts} trạm BTS[, {tel.bts|vs_last_year}]."
// A clause prints only when its own figures are there; `\[`, `\]`, `\{` and `\}` are literal
// brackets. Parsed once, checked against the catalog, filled from a period's figures by fill.ts.
import type { Locale } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/fill";
import { templateErrorMessages as en } from "@/lib/i18n/messages/en/templates";
import { templateErrorMessages as vi } from "@/lib/i18n/messages/vi/templates";

export const formatters = ["value", "pad2", "pct", "money", "vs_last_year", "vs_previous", "vs_target"] as const;
export type Formatter = (typeof formatters)[number];

/** Formatters that print the figure itself (the others print a comparison with it). */
export const statingFormatters: ReadonlySet<Formatter> = new Set(["value", "pad2", "pct", "money"]);

export type TemplateNode =
  | { text: string }
  | { indicator: string; formatter: Formatter; position: number }
  | { clause: TemplateNode[]; position: number };

export interface TemplateError {
  /** Character offset of the problem in the template (0-based). */
  position: number;
  code:
    | "unknown_indicator"
    | "unknown_formatter"
    | "unclosed"
    | "empty"
    | "unclosed_clause"
    | "unopened_clause"
    | "empty_clause";
  token: string;
}

export type ParsedTemplate = { ok: true; nodes: TemplateNode[] } | { ok: false; errors: TemplateError[] };

export function parseTemplate(template: string, knownIndicators: ReadonlySet<string>): ParsedTemplate {
  const errors: TemplateError[] = [];
  const root: TemplateNode[] = [];
  const open: { nodes: TemplateNode[]; position: number }[] = [];
  let nodes = root;
  let text = "";
  const flush = () => {
    if (text) nodes.push({ text });
    text = "";
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === "\\" && "[]{}".includes(template[i + 1] ?? "")) {
      text += template[++i];
    } else if (c === "[") {
      flush();
      open.push({ nodes, position: i });
      nodes = [];
    } else if (c === "]") {
      flush();
      const parent = open.pop();
      if (!parent) {
        errors.push({ position: i, code: "unopened_clause", token: "]" });
        continue;
      }
      if (!template.slice(parent.position, i).includes("{"))
        errors.push({ position: parent.position, code: "empty_clause", token: template.slice(parent.position, i + 1) });
      parent.nodes.push({ clause: nodes, position: parent.position });
      nodes = parent.nodes;
    } else if (c === "{") {
      flush();
      const close = template.indexOf("}", i);
      if (close < 0) {
        errors.push({ position: i, code: "unclosed", token: template.slice(i) });
        break;
      }
      const token = template.slice(i + 1, close).trim();
      const [indicator, formatter = "value"] = token.split("|").map((s) => s.trim());
      if (!indicator) errors.push({ position: i, code: "empty", token });
      else if (!knownIndicators.has(indicator))
        errors.push({ position: i, code: "unknown_indicator", token: indicator });
      else if (!(formatters as readonly string[]).includes(formatter))
        errors.push({ position: i, code: "unknown_formatter", token: formatter });
      else nodes.push({ indicator, formatter: formatter as Formatter, position: i });
      i = close;
    } else {
      text += c;
    }
  }
  flush();
  for (const unclosed of open) errors.push({ position: unclosed.position, code: "unclosed_clause", token: "[" });
  errors.sort((a, b) => a.position - b.position);
  return errors.length ? { ok: false, errors } : { ok: true, nodes: root };
}

/** Every indicator a template names, in order, once each. */
export function templateIndicators(nodes: TemplateNode[]): string[] {
  const codes = nodes.flatMap((n) =>
    "clause" in n ? templateIndicators(n.clause) : "indicator" in n ? [n.indicator] : [],
  );
  return [...new Set(codes)];
}

const templateErrors = { vi, en };

export function describeTemplateError(error: TemplateError, locale: Locale): string {
  const t = templateErrors[locale];
  // Not fill: "{}" in a message is the placeholder it speaks of; the token is the user's own text.
  const what = t[error.code].replace("{token}", () => error.token);
  return fill(t.at, { position: error.position + 1, what });
}
