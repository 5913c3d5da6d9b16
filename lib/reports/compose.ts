import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import type { MoneyWording } from "@/lib/format/number";
import { periodLabel, romanNumeral } from "@/lib/periods/labels";
import { nextPeriod, type Period } from "@/lib/periods/period";
import type { SectionTemplate } from "./templates/types";
import { fillSentence, type FillContext, type Figure } from "./fill";
import { figureSentence } from "./generated";
import { headerNameLines } from "./header-lines";
import { printableParagraphs } from "./page";
import type { PeriodFigure, ReportContent, ReportParagraph } from "./types";
import {
  closingSentence,
  documentDateLine,
  documentNumberLine,
  printFigure,
  signerBlock,
  summaryLine,
} from "./wording";

export type { Figure } from "./fill";

export interface ComposeInput {
  period: Period;
  date: { year: number; month: number; day: number };
  number: number | null;
  profile: {
    name: string;
    parentAuthority: string;
    place: string;
    documentCode: string;
    archiveUnit: string;
    signerName: string;
    signerIsDeputy: boolean;
    recipients: string[];
    moneyWording?: MoneyWording;
    headerNameLines?: string[];
  };
  catalog: Map<string, CatalogIndicator>;
  /** Field names, for a section of figures whose field no template section reports. */
  fieldNames?: Map<string, string>;
  figures: Map<string, Figure>;
  sections: SectionTemplate[];
  activities: { id: string; fieldCode: string; kind: "done" | "plan"; text: string }[];
}

interface Section {
  key: string;
  heading: string;
  fields: string[];
  paragraphs: ReportParagraph[];
}

const byCatalogOrder = (a: CatalogIndicator, b: CatalogIndicator) => a.sortOrder - b.sortOrder;

/** Template sentences of each section, with the figures they state. */
function templateParagraphs(section: SectionTemplate, context: FillContext): ReportParagraph[] {
  return section.sentences.flatMap((template, n) => {
    const filled = fillSentence(template, context);
    if (filled.text === null) return [];
    return [
      {
        key: `tpl:${section.key}:${n}`,
        style: "body" as const,
        template,
        text: `- ${filled.text}`,
        figures: filled.figures,
        states: filled.states,
        ...(filled.missing.length ? { missing: filled.missing } : {}),
      },
    ];
  });
}

/** The topmost ancestor of an indicator that has a figure and is not stated: its sentence states the part. */
function sentenceOwner(indicator: CatalogIndicator, context: FillContext, stated: Set<string>): string {
  let owner = indicator;
  for (
    let parent = owner.parent ? context.catalog.get(owner.parent) : undefined;
    parent;
    parent = parent.parent ? context.catalog.get(parent.parent) : undefined
  ) {
    if (context.figures.get(parent.code)?.value != null && !stated.has(parent.code)) owner = parent;
  }
  return owner.code;
}

/** Generated sentences for every figure that no printed template sentence states, in catalog order. */
function generatedParagraphs(
  context: FillContext,
  stated: Set<string>,
): { field: string; paragraph: ReportParagraph }[] {
  const result: { field: string; paragraph: ReportParagraph }[] = [];
  for (const indicator of [...context.catalog.values()].sort(byCatalogOrder)) {
    if (stated.has(indicator.code) || context.figures.get(indicator.code)?.value == null) continue;
    const owner = context.catalog.get(sentenceOwner(indicator, context, stated))!;
    const sentence = figureSentence(owner.code, context, (code) => !stated.has(code));
    sentence.states.forEach((code) => stated.add(code));
    result.push({
      field: owner.field,
      paragraph: {
        key: `gen:${owner.code}`,
        style: "body",
        text: `- ${sentence.text}`,
        figures: sentence.figures,
        states: sentence.states,
      },
    });
  }
  return result;
}

/** After the section's last paragraph about the same field (the seeds group a field's figures), else at its end. */
function placeByField(
  paragraphs: ReportParagraph[],
  paragraph: ReportParagraph,
  field: string,
  catalog: Map<string, CatalogIndicator>,
): void {
  let at = paragraphs.length;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (paragraphs[i].states?.some((code) => catalog.get(code)?.field === field)) {
      at = i + 1;
      break;
    }
  }
  paragraphs.splice(at, 0, paragraph);
}

/** Every stored figure of the period, with what counts as printing it and a sentence that does. */
function periodFigures(context: FillContext, sectionOf: (field: string) => string): PeriodFigure[] {
  return [...context.catalog.values()]
    .sort(byCatalogOrder)
    .filter((i) => !isDerived(i.kind) && context.figures.get(i.code)?.value != null)
    .map((i) => ({
      code: i.code,
      name: i.nameVi,
      section: sectionOf(i.field),
      printed: printFigure(i, context.figures.get(i.code)!.value!, { moneyWording: context.moneyWording }),
      sentence: `- ${figureSentence(i.code, context, () => false).text}`,
    }));
}

export function composeReport(input: ComposeInput): ReportContent {
  const { period, profile, catalog, figures, activities } = input;
  const context: FillContext = { catalog, figures, moneyWording: profile.moneyWording ?? "dong" };
  const sections: Section[] = input.sections.map((s) => ({
    key: s.key,
    heading: s.heading,
    fields: s.fields,
    paragraphs: templateParagraphs(s, context),
  }));
  const sectionFor = (field: string): Section => {
    const found = sections.find((s) => s.fields.includes(field));
    if (found) return found;
    const added = {
      key: `field:${field}`,
      heading: input.fieldNames?.get(field) ?? field,
      fields: [field],
      paragraphs: [],
    };
    sections.push(added);
    return added;
  };

  const stated = new Set(
    sections.flatMap((s) => s.paragraphs.filter((p) => !p.missing).flatMap((p) => p.states ?? [])),
  );
  for (const { field, paragraph } of generatedParagraphs(context, stated))
    placeByField(sectionFor(field).paragraphs, paragraph, field, catalog);
  for (const a of activities.filter((a) => a.kind === "done"))
    sectionFor(a.fieldCode).paragraphs.push({ key: `act:${a.id}`, style: "body", text: `- ${a.text}` });

  const paragraphs: ReportParagraph[] = [];
  const add = (p: ReportParagraph) => paragraphs.push(p);
  let roman = 1;
  add({
    key: "fixed:results",
    style: "heading1",
    text: `${romanNumeral(roman++)}. KẾT QUẢ CÔNG TÁC ${periodLabel(period, "vi").toUpperCase()}`,
  });
  let number = 1;
  for (const section of sections.filter((s) => s.paragraphs.length)) {
    add({ key: `heading:${section.key}`, style: "heading2", text: `${number++}. ${section.heading}` });
    section.paragraphs.forEach(add);
  }

  if (period.kind !== "month") {
    add({ key: "fixed:assessment", style: "heading1", text: `${romanNumeral(roman++)}. ĐÁNH GIÁ CHUNG` });
    add({ key: "fixed:advantages-heading", style: "heading2", text: "1. Thuận lợi" });
    add({ key: "fixed:advantages", style: "body", text: "", placeholder: "assessment" });
    add({ key: "fixed:difficulties-heading", style: "heading2", text: "2. Khó khăn, hạn chế" });
    add({ key: "fixed:difficulties", style: "body", text: "", placeholder: "assessment" });
  }

  add({
    key: "fixed:plan",
    style: "heading1",
    text: `${romanNumeral(roman++)}. KẾ HOẠCH CÔNG TÁC ${periodLabel(nextPeriod(period), "vi").toUpperCase()}`,
  });
  const plans = activities.filter((a) => a.kind === "plan");
  plans.forEach((a, i) => add({ key: `act:${a.id}`, style: "body", text: `${i + 1}. ${a.text}` }));
  if (!plans.length) add({ key: "fixed:plan-empty", style: "body", text: "", placeholder: "plan" });

  const titles = (hasPlan: boolean) => ({
    summary: summaryLine(period, hasPlan),
    closing: closingSentence(period, hasPlan, profile.name, profile.place, profile.parentAuthority),
  });
  const content: ReportContent = {
    header: {
      parentAuthority: profile.parentAuthority.toUpperCase(),
      organisationName: profile.name.toUpperCase(),
      organisationLines: headerNameLines(profile.name, profile.headerNameLines ?? []),
      numberLine: documentNumberLine(profile.documentCode, profile.archiveUnit, input.number),
      dateLine: documentDateLine(profile.place, input.date),
      summary: "",
    },
    paragraphs,
    figures: periodFigures(context, (field) => sectionFor(field).key),
    titles: { withPlan: titles(true), withoutPlan: titles(false) },
    closing: "",
    recipients: [...profile.recipients, `Lưu: VT, ${profile.archiveUnit}`],
    signer: signerBlock(profile.signerName, profile.signerIsDeputy),
    composedAt: new Date(Date.UTC(input.date.year, input.date.month - 1, input.date.day)).toISOString(),
  };
  return withPlanTitles(content);
}

/** Whether the plan part has anything to print: the title and closing name the next period only then. */
export function hasPlan(content: ReportContent): boolean {
  return printableParagraphs(content).some((p) => p.key === "fixed:plan");
}

/** The summary line and closing sentence that fit the plan part as it now stands. */
export function withPlanTitles(content: ReportContent): ReportContent {
  if (!content.titles) return content;
  const titles = hasPlan(content) ? content.titles.withPlan : content.titles.withoutPlan;
  return { ...content, header: { ...content.header, summary: titles.summary }, closing: titles.closing };
}

function sameFigures(a: ReportParagraph["figures"], b: ReportParagraph["figures"]): boolean {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...keys].every((k) => (a?.[k] ?? null) === (b?.[k] ?? null));
}

/**
 * Refreshes a draft's figures: composed paragraphs take the new text and are marked updated only
 * when their figures changed; edited ones keep theirs and are marked stale when their figures
 * changed; the order the drafter chose is kept, new paragraphs come in after their predecessor.
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
    const changed = !sameFigures(p.figures, now.figures);
    kept.push(p.edited ? { ...p, stale: changed } : { ...now, updated: changed && now.text !== p.text });
  }
  const present = new Set(kept.map((p) => p.key));
  fresh.paragraphs.forEach((p, i) => {
    if (present.has(p.key)) return;
    const before = fresh.paragraphs
      .slice(0, i)
      .reverse()
      .find((q) => present.has(q.key));
    const at = before ? kept.findIndex((q) => q.key === before.key) + 1 : 0;
    kept.splice(at, 0, { ...p, updated: !!p.figures });
    present.add(p.key);
  });
  return withPlanTitles({ ...fresh, paragraphs: kept });
}
