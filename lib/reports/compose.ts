import type { CatalogIndicator } from "@/lib/catalog/types";
import { formatPercent } from "@/lib/format/number";
import { nextPeriod, type Period } from "@/lib/periods/period";
import { periodLabel, romanNumeral } from "@/lib/periods/labels";
import type { SectionTemplate } from "./default-templates";
import { parseTemplate, type TemplatePart } from "./template";
import type { ReportContent, ReportParagraph } from "./types";
import { closingSentence, comparisonPhrase, documentDateLine, documentNumberLine, reportNumber, signerBlock, summaryLine } from "./wording";

export interface Figure {
  value: number | null;
  estimate: boolean;
  previous: number | null;
  lastYear: number | null;
  targetPct: number | null;
}

export interface ComposeInput {
  period: Period;
  date: { year: number; month: number; day: number };
  number: number | null;
  profile: { name: string; parentAuthority: string; place: string; documentCode: string; archiveUnit: string; signerName: string; signerIsDeputy: boolean; recipients: string[] };
  catalog: Map<string, CatalogIndicator>;
  figures: Map<string, Figure>;
  sections: SectionTemplate[];
  activities: { id: string; fieldCode: string; kind: "done" | "plan"; text: string }[];
}

function fillPart(part: Extract<TemplatePart, { indicator: string }>, figure: Figure | undefined, indicator: CatalogIndicator): string | null {
  if (!figure || figure.value === null) return null;
  const estimate = figure.estimate ? " (ước)" : "";
  switch (part.formatter) {
    case "value":
      return reportNumber(figure.value, indicator.decimals) + estimate;
    case "pad2":
      return reportNumber(figure.value, indicator.decimals, true) + estimate;
    case "pct":
      return formatPercent(figure.value, indicator.decimals) + estimate;
    case "vs_last_year":
      return comparisonPhrase(figure.value, figure.lastYear, "cùng kỳ");
    case "vs_previous":
      return comparisonPhrase(figure.value, figure.previous, "kỳ trước");
    case "vs_target":
      return figure.targetPct === null ? null : `đạt ${formatPercent(figure.targetPct, 1)} kế hoạch năm`;
  }
}

/** A template filled with figures; every indicator without a figure is listed as missing. */
export function fillTemplate(template: string, figures: Map<string, Figure>, catalog: Map<string, CatalogIndicator>): Pick<ReportParagraph, "text" | "missing" | "figures"> {
  const parsed = parseTemplate(template, new Set(catalog.keys()));
  if (!parsed.ok) return { text: template, missing: parsed.errors.map((e) => e.token) };
  const missing: string[] = [];
  const used: Record<string, number | null> = {};
  const text = parsed.parts
    .map((part) => {
      if ("text" in part) return part.text;
      const figure = figures.get(part.indicator);
      used[part.indicator] = figure?.value ?? null;
      const filled = fillPart(part, figure, catalog.get(part.indicator)!);
      if (filled === null) missing.push(part.indicator);
      return filled ?? "…";
    })
    .join("");
  return { text, figures: used, ...(missing.length ? { missing: [...new Set(missing)] } : {}) };
}

export function composeReport(input: ComposeInput): ReportContent {
  const { period, profile, catalog, figures, sections, activities } = input;
  const paragraphs: ReportParagraph[] = [];
  const add = (p: ReportParagraph) => paragraphs.push(p);
  let roman = 1;

  add({ key: "fixed:results", style: "heading1", text: `${romanNumeral(roman++)}. KẾT QUẢ CÔNG TÁC ${periodLabel(period, "vi").toUpperCase()}` });
  sections.forEach((section, i) => {
    add({ key: `heading:${section.key}`, style: "heading2", text: `${i + 1}. ${section.heading}` });
    section.sentences.forEach((sentence, n) => add({ key: `tpl:${section.key}:${n}`, style: "body", template: sentence, ...fillTemplate(sentence, figures, catalog), text: `- ${fillTemplate(sentence, figures, catalog).text}` }));
    for (const a of activities.filter((a) => a.kind === "done" && section.fields.includes(a.fieldCode))) add({ key: `act:${a.id}`, style: "body", text: `- ${a.text}` });
  });

  if (period.kind !== "month") {
    add({ key: "fixed:assessment", style: "heading1", text: `${romanNumeral(roman++)}. ĐÁNH GIÁ CHUNG` });
    add({ key: "fixed:advantages-heading", style: "heading2", text: "1. Thuận lợi" });
    add({ key: "fixed:advantages", style: "body", text: "", missing: ["assessment"] });
    add({ key: "fixed:difficulties-heading", style: "heading2", text: "2. Khó khăn, hạn chế" });
    add({ key: "fixed:difficulties", style: "body", text: "", missing: ["assessment"] });
  }

  const next = nextPeriod(period);
  add({ key: "fixed:plan", style: "heading1", text: `${romanNumeral(roman++)}. KẾ HOẠCH CÔNG TÁC ${periodLabel(next, "vi").toUpperCase()}` });
  activities.filter((a) => a.kind === "plan").forEach((a, i) => add({ key: `act:${a.id}`, style: "body", text: `${i + 1}. ${a.text}` }));

  const recipients = profile.recipients.length ? [...profile.recipients] : [];
  return {
    header: {
      parentAuthority: profile.parentAuthority.toUpperCase(),
      organisationName: profile.name.toUpperCase(),
      numberLine: documentNumberLine(profile.documentCode, profile.archiveUnit, input.number),
      dateLine: documentDateLine(profile.place, input.date),
      summary: summaryLine(period),
    },
    paragraphs,
    closing: closingSentence(period, profile.name, profile.place, profile.parentAuthority),
    recipients: [...recipients, `Lưu: VT, ${profile.archiveUnit}`],
    signer: signerBlock(profile.signerName, profile.signerIsDeputy),
    composedAt: new Date(Date.UTC(input.date.year, input.date.month - 1, input.date.day)).toISOString(),
  };
}

/** Paragraphs that go on paper: never a sentence with a missing figure, unless a person wrote it. */
export function printableParagraphs(content: ReportContent): ReportParagraph[] {
  return content.paragraphs.filter((p) => p.edited || !p.missing?.length);
}

function sameFigures(a: ReportParagraph["figures"], b: ReportParagraph["figures"]): boolean {
  return JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});
}

/**
 * Refreshes a draft's figures: composed paragraphs take the new text, edited ones keep theirs and
 * are marked stale when their figures changed; the order the drafter chose is kept, new paragraphs
 * come in after their predecessor.
 */
export function refreshContent(old: ReportContent, fresh: ReportContent): ReportContent {
  const freshByKey = new Map(fresh.paragraphs.map((p) => [p.key, p]));
  const kept: ReportParagraph[] = [];
  for (const p of old.paragraphs) {
    const now = freshByKey.get(p.key);
    if (!now) {
      if (p.edited || p.key.startsWith("typed:")) kept.push(p);
      continue;
    }
    kept.push(p.edited ? { ...p, stale: !sameFigures(p.figures, now.figures) } : { ...now, updated: !sameFigures(p.figures, now.figures) });
  }
  const present = new Set(kept.map((p) => p.key));
  fresh.paragraphs.forEach((p, i) => {
    if (present.has(p.key)) return;
    const before = fresh.paragraphs.slice(0, i).reverse().find((q) => present.has(q.key));
    const at = before ? kept.findIndex((q) => q.key === before.key) + 1 : 0;
    kept.splice(at, 0, p);
    present.add(p.key);
  });
  return { ...fresh, paragraphs: kept };
}
