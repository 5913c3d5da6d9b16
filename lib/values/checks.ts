import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { changePercent, needsNote, usualRange } from "./change-rule";
import type { CheckCode, CheckIssue } from "./check-issue";
import { reportedDifferences, type ReportedContext } from "./reported-check";

export { changePercent } from "./change-rule";

// The checks of a month's values, the same in the browser (as staff type) and on the server (before saving).

export interface CheckInput {
  catalog: Map<string, CatalogIndicator>;
  /** The month's values as exact decimal strings (null = empty), the ones being saved and the rest of the month. */
  values: Map<string, string | null>;
  /** The indicators being saved: only their own issues are reported. */
  changed: ReadonlySet<string>;
  previous: Map<string, number>;
  lastYear: Map<string, number>;
  /** Per indicator, the stored values of the 24 months before (the change rule's usual range). */
  history: Map<string, number[]>;
  notes: Map<string, string>;
  /** A month's entry: the reported figures of the longer periods it completes, to compare with (a warning). */
  reported?: ReportedContext;
}

/** A stored value is Decimal(20,6): at most 14 digits before the point, so its size must stay below 10^14. */
export const valueLimitText = "100000000000000";

/** Whether a decimal string fits the value column (|value| < 10^14); a string that is not a decimal fits nothing. */
export function fitsValueColumn(value: string): boolean {
  const match = /^-?0*(\d*?)(?:\.\d+)?$/.exec(value.trim());
  return match !== null && match[1].length <= 14;
}

function decimalsOf(value: string): number {
  const dot = value.indexOf(".");
  return dot < 0 ? 0 : value.length - dot - 1;
}

function numberOf(values: Map<string, string | null>, code: string | null): number | null {
  const v = code ? values.get(code) : null;
  return v === null || v === undefined ? null : Number(v);
}

function issue(
  indicator: string,
  code: CheckCode,
  params: Record<string, number | string> = {},
  related: string[] = [],
): CheckIssue {
  return { indicator, code, severity: "error", blocking: true, related, params };
}

function valueIssues(indicator: CatalogIndicator, value: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  if (!fitsValueColumn(value)) return [issue(indicator.code, "too_large", { value, limit: valueLimitText })];
  if (Number(value) < 0) issues.push(issue(indicator.code, "negative", { value }));
  const trimmed = value.includes(".") ? value.replace(/0+$/, "") : value;
  if (decimalsOf(trimmed) > indicator.decimals)
    issues.push(issue(indicator.code, "decimals", { value, decimals: indicator.decimals }));
  return issues;
}

function partIssues(total: CatalogIndicator, input: CheckInput): CheckIssue[] {
  const parts = [...input.catalog.values()].filter((p) => p.parent === total.code);
  const totalValue = numberOf(input.values, total.code);
  if (!parts.length || totalValue === null) return [];
  const present = parts.map((p) => numberOf(input.values, p.code));
  const known = present.filter((v): v is number => v !== null);
  const sum = Math.round(known.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
  const related = parts.map((p) => p.code);
  if (sum > totalValue) return [issue(total.code, "parts_exceed_total", { sum, total: totalValue }, related)];
  if (total.exhaustive && known.length === parts.length && sum !== totalValue)
    return [issue(total.code, "parts_not_sum", { sum, total: totalValue }, related)];
  return [];
}

function ratioIssues(ratio: CatalogIndicator, input: CheckInput): CheckIssue[] {
  if (ratio.kind !== "ratio") return [];
  const numerator = numberOf(input.values, ratio.numerator);
  const denominator = numberOf(input.values, ratio.denominator);
  if (numerator === null || denominator === null || numerator <= denominator) return [];
  return [issue(ratio.numerator!, "numerator_exceeds_denominator", { numerator, denominator }, [ratio.denominator!])];
}

/** One issue per indicator, with each comparison that needs a note (`previous`, `lastYear` and their %) and the usual range. */
function jumpIssues(indicator: CatalogIndicator, value: number, input: CheckInput): CheckIssue[] {
  const explained = (input.notes.get(indicator.code) ?? "").trim().length > 0;
  const range = usualRange(input.history.get(indicator.code) ?? []);
  const params: Record<string, number | string> = { to: value, ...(range ?? {}) };
  let large = false;
  for (const [against, base] of [
    ["previous", input.previous],
    ["lastYear", input.lastYear],
  ] as const) {
    const from = base.get(indicator.code);
    if (from === undefined || !needsNote({ from, to: value, decimals: indicator.decimals, range })) continue;
    params[against] = from;
    params[`${against}Pct`] = changePercent(from, value) ?? "";
    large = true;
  }
  return large
    ? [{ indicator: indicator.code, code: "jump", severity: "warning", blocking: !explained, related: [], params }]
    : [];
}

/** Every issue of the changed indicators, and of the totals and ratios they take part in. */
export function checkMonthValues(input: CheckInput): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const touched = new Set<string>();
  for (const code of input.changed) {
    const indicator = input.catalog.get(code);
    const value = input.values.get(code);
    if (!indicator || isDerived(indicator.kind) || value === null || value === undefined) continue;
    issues.push(...valueIssues(indicator, value), ...jumpIssues(indicator, Number(value), input));
    touched.add(code);
    if (indicator.parent) touched.add(indicator.parent);
  }
  for (const code of touched) {
    const indicator = input.catalog.get(code);
    if (indicator) issues.push(...partIssues(indicator, input));
  }
  for (const ratio of input.catalog.values()) {
    if (touched.has(ratio.numerator ?? "") || touched.has(ratio.denominator ?? ""))
      issues.push(...ratioIssues(ratio, input));
  }
  if (input.reported) issues.push(...reportedDifferences(input.catalog, input.values, input.changed, input.reported));
  return issues;
}

/**
 * The checks of a quarter's, half year's or year's figures: a month's, among the period's figures,
 * with a large change judged against the same period last year only (no last month, no history).
 */
export function checkPeriodValues(input: Omit<CheckInput, "previous" | "history" | "reported">): CheckIssue[] {
  const issues = checkMonthValues({ ...input, previous: new Map(), history: new Map() });
  return issues.map((i) => (i.code === "jump" ? { ...i, params: { ...i.params, span: "period" } } : i));
}

export function canSave(issues: CheckIssue[]): boolean {
  return !issues.some((i) => i.blocking);
}
