import { printableParagraphs } from "./page";
import type { PeriodFigure, ReportContent, ReportParagraph } from "./types";

// Which of the period's figures the page states, and what to look at before signing.

export interface Coverage {
  stated: number;
  total: number;
  /** Figures of the period that no printed paragraph states, in catalog order. */
  leftOut: PeriodFigure[];
}

/** A paragraph states a figure it was composed with, unless a person edited the number away. */
function statedBy(paragraph: ReportParagraph, figure: PeriodFigure): boolean {
  return !!paragraph.states?.includes(figure.code) && (!paragraph.edited || paragraph.text.includes(figure.printed));
}

export function reportCoverage(content: ReportContent): Coverage {
  const figures = content.figures ?? [];
  const printed = printableParagraphs(content);
  const leftOut = figures.filter((f) => !printed.some((p) => statedBy(p, f)));
  return { stated: figures.length - leftOut.length, total: figures.length, leftOut };
}

/** The one-click fix for a figure left out: its sentence, at the end of its section's paragraphs. */
export function addFigureParagraph(paragraphs: ReportParagraph[], figure: PeriodFigure): ReportParagraph[] {
  const key = paragraphs.some((p) => p.key === `gen:${figure.code}`)
    ? `gen:${figure.code}:${Date.now()}`
    : `gen:${figure.code}`;
  const paragraph: ReportParagraph = { key, style: "body", text: figure.sentence, states: [figure.code] };
  const heading = paragraphs.findIndex((p) => p.key === `heading:${figure.section}`);
  if (heading < 0) {
    const plan = paragraphs.findIndex((p) => p.key === "fixed:assessment" || p.key === "fixed:plan");
    const at = plan < 0 ? paragraphs.length : plan;
    return [...paragraphs.slice(0, at), paragraph, ...paragraphs.slice(at)];
  }
  let end = heading + 1;
  while (end < paragraphs.length && paragraphs[end].style === "body") end++;
  return [...paragraphs.slice(0, end), paragraph, ...paragraphs.slice(end)];
}

export type ReportWarning =
  | { kind: "missing" | "assessment" | "plan"; key: string; text: string }
  | { kind: "uncovered"; key: string; text: string };

/** What *Trình ký* warns about: flagged sentences, parts the office has not written, figures left out. */
export function reportWarnings(content: ReportContent): ReportWarning[] {
  const warnings: ReportWarning[] = [];
  let heading = "";
  for (const p of content.paragraphs) {
    if (p.style !== "body") heading = p.text;
    else if (p.missing?.length && !p.edited) warnings.push({ kind: "missing", key: p.key, text: p.text });
    else if (p.placeholder && !p.text.trim()) warnings.push({ kind: p.placeholder, key: p.key, text: heading });
  }
  for (const f of reportCoverage(content).leftOut)
    warnings.push({ kind: "uncovered", key: f.code, text: `${f.name}: ${f.printed}` });
  return warnings;
}
