import { catalogOfPeriod } from "@/lib/catalog/dated";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { parsePeriod } from "@/lib/periods/period";
import { compileCues, fitCue, nearbyCues, type CompiledCues, type CueFit } from "./cue-match";
import { valueForIndicator } from "./figure-value";
import { foldText, originalSpan } from "./fold";
import { ordinalWordBefore, scanNumbers, type NumberMention } from "./number-scan";
import { breakdownMentions } from "./parts";
import { detectPeriod } from "./period-detect";
import { excludePlan, planStart, sentenceSpans } from "./structure";
import { contextWords, listPredecessor, sentenceWords, tokenize, type ContextWord, type Token } from "./tokens";
import type { CandidateSource, ImportCandidate, ReadReportContext, ReadReportResult, UnmatchedNumber } from "./types";

// Reads a past report into candidate figures: finds its kind and period, every number and what
// it is not (dates, document numbers...), then for each number the indicator whose cues fit its
// words best; a total's breakdown is read among its parts, the whole of "a/b" through its part.
// Per indicator the best candidate is proposed (highest fit; on a tie the first in the text) and
// the others are kept for review. Pure: no database, the same text gives the same answer.

interface Assignment {
  indicator: string;
  value: string;
  score: number;
  source: CandidateSource;
}

interface Reading {
  tokens: Token[];
  mentions: NumberMention[];
  tokenOf: number[];
  right: ContextWord[][];
  left: ContextWord[][];
  /** The words of each number's sentence before it. */
  sentence: Set<string>[];
}

const rightWords = 10;
const leftWords = 16;
/** How much a second fitting cue of the same indicator adds. */
const secondCue = 0.2;
/** What being read as a part of the total before it adds to a number's fit. */
const breakdownBonus = 1;

export interface ReadOptions {
  /** Overrides the detected kind and period (a period code: 2023-06, 2019-Q1). */
  period?: string;
}

export type ReportReader = (text: string, options?: ReadOptions) => ReadReportResult;

/** Compiles the cues of a catalog, its templates and aliases once; the reader it gives is pure and fast. */
export function createReportReader(context: ReadReportContext): ReportReader {
  const compiled = compileCues(context);
  const byCode = new Map(context.catalog.map((i) => [i.code, i]));
  const descendants = descendantsOf(context.catalog);
  return (text, options = {}) => read(text, options, { compiled, byCode, descendants, catalog: context.catalog });
}

function descendantsOf(catalog: CatalogIndicator[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const i of catalog) if (i.parent) children.set(i.parent, [...(children.get(i.parent) ?? []), i.code]);
  const all = (code: string): string[] => (children.get(code) ?? []).flatMap((c) => [c, ...all(c)]);
  return new Map([...children.keys()].map((code) => [code, all(code)]));
}

interface Engine {
  compiled: CompiledCues;
  byCode: Map<string, CatalogIndicator>;
  descendants: Map<string, string[]>;
  catalog: CatalogIndicator[];
}

function read(text: string, options: ReadOptions, engine: Engine): ReadReportResult {
  const folded = foldText(text);
  const detected = detectPeriod(folded.text);
  const period = options.period ? parsePeriod(options.period) : detected ? parsePeriod(detected.period) : null;
  const active = new Set((period ? catalogOfPeriod(engine.catalog, period) : engine.catalog).map((i) => i.code));
  const mentions = scanNumbers(folded.text, ordinalWordBefore(text, folded.origin));
  excludePlan(mentions, planStart(folded.text));
  const startsUpper = (at: number) => {
    const c = text[folded.origin[at]] ?? "";
    return c !== c.toLowerCase();
  };
  const tokens = tokenize(folded.text, mentions, startsUpper);
  const tokenOf: number[] = new Array(mentions.length).fill(-1);
  tokens.forEach((t, i) => t.kind === "number" && (tokenOf[t.mention] = i));
  const reading: Reading = {
    tokens,
    mentions,
    tokenOf,
    right: mentions.map((_, m) => (tokenOf[m] >= 0 ? contextWords(tokens, mentions, tokenOf[m], 1, rightWords) : [])),
    left: mentions.map((_, m) => (tokenOf[m] >= 0 ? contextWords(tokens, mentions, tokenOf[m], -1, leftWords) : [])),
    sentence: mentions.map((_, m) => sentenceWords(tokens, tokenOf[m])),
  };
  // A number that continues a list reads the list's head after its own words.
  mentions.forEach((_, m) => {
    const previous = tokenOf[m] >= 0 ? listPredecessor(tokens, mentions, tokenOf[m]) : -1;
    if (previous >= 0) reading.left[m] = [...reading.left[m], { word: "#", distance: 0 }, ...reading.left[previous]].map((w, distance) => ({ ...w, distance }));
  });
  const usable = (code: string) => active.has(code) && engine.byCode.has(code);
  const assigned = new Map<number, Assignment>();
  mentions.forEach((mention, m) => {
    if (mention.excluded || mention.pair === "whole" || tokenOf[m] < 0) return;
    // In a list whose previous item is no catalog figure ("cập nhật mới 75 Quyết định công bố, 203
    // văn bản chỉ đạo điều hành"), a figure needs its own words on the left, not only a noun after it.
    const previous = listPredecessor(tokens, mentions, tokenOf[m]);
    const needsLeft = previous >= 0 && !assigned.has(previous);
    const best = bestFit(reading, m, engine, (cue) => cue.partOf === null && usable(cue.indicator), false, needsLeft);
    if (best) assigned.set(m, best);
  });
  readBreakdowns(reading, assigned, engine, usable);
  readPairs(reading, assigned, engine, usable);
  const spans = sentenceSpans(tokens, folded.text.length);
  const sentenceOf = (m: number) => {
    const span = spans[tokenOf[m]];
    const original = span ? originalSpan(folded, span.start, span.end) : { start: 0, end: 0 };
    return excerpt(text, original, originalSpan(folded, mentions[m].start, mentions[m].end));
  };
  return {
    kind: period?.kind ?? null,
    period: options.period ?? detected?.period ?? null,
    candidates: candidatesOf(assigned, mentions, folded, sentenceOf),
    unmatched: mentions.flatMap((mention, m): UnmatchedNumber[] => {
      if (mention.excluded || assigned.has(m)) return [];
      const { start, end } = originalSpan(folded, mention.start, mention.end);
      const { value, percent, scale, money, approximate, estimate } = mention;
      return [{ number: text.slice(start, end), value, percent, scale, money, approximate, estimate, sentence: sentenceOf(m), start, end }];
    }),
  };
}

/** The indicator whose cues fit a number best, among the cues `take` accepts; an indicator's negative cues rule it out. */
function bestFit(reading: Reading, m: number, engine: Engine, take: (cue: CueFit["cue"]) => boolean, relaxed = false, needsLeft = false): Assignment | null {
  const right = reading.right[m];
  const left = reading.left[m];
  const { compiled } = engine;
  const byIndicator = new Map<string, CueFit[]>();
  for (const at of nearbyCues(compiled, right, left)) {
    const cue = compiled.cues[at];
    if (!take(cue)) continue;
    const fit = fitCue(cue, right, left, compiled, relaxed, reading.sentence[m]);
    if (fit && (!needsLeft || fit.leftMatched > 0)) byIndicator.set(cue.indicator, [...(byIndicator.get(cue.indicator) ?? []), fit]);
  }
  let best: Assignment | null = null;
  for (const [indicator, fits] of byIndicator) {
    // The best cue decides; a second one that also fits (a name beside a template) tips a tie.
    fits.sort((a, b) => b.score - a.score);
    const fit = { ...fits[0], score: fits[0].score + (fits.length > 1 ? secondCue * Math.max(0, fits[1].score) : 0) };
    const ruledOut = (compiled.negatives.get(indicator) ?? []).some((at) => (fitCue(compiled.cues[at], right, left, compiled)?.coverage ?? 0) >= 0.9);
    if (ruledOut) continue;
    const value = valueForIndicator(reading.mentions[m], engine.byCode.get(indicator)!);
    if (value === null) continue;
    if (!best || fit.score > best.score || (fit.score === best.score && indicator < best.indicator)) best = { indicator, value, score: fit.score, source: fit.cue.source };
  }
  return best;
}

/** Whether a figure may stand in a total's breakdown: one of its parts, or the numerator of a ratio over it. */
function belongsTo(total: string, indicator: string, engine: Engine): boolean {
  if (engine.descendants.get(total)?.includes(indicator)) return true;
  return engine.catalog.some((i) => i.numerator === indicator && i.denominator === total);
}

/**
 * Numbers in a total's breakdown become its parts: the best-fitting part each, then the one left
 * over. A number there that is no part of it is a part the catalog lacks ("18.355 trực tiếp" of
 * the partly-online services' dossiers), so it is read as no other figure either; nor is anything
 * in the breakdown of a number that states no catalog figure.
 */
function readBreakdowns(reading: Reading, assigned: Map<number, Assignment>, engine: Engine, usable: (code: string) => boolean): void {
  for (let m = 0; m < reading.mentions.length; m++) {
    const mention = reading.mentions[m];
    if (mention.excluded || mention.pair === "whole" || reading.tokenOf[m] < 0) continue;
    const inside = breakdownMentions(reading.tokens, reading.mentions, reading.tokenOf[m]).map((t) => reading.tokens[t].mention);
    if (!inside.length) continue;
    const total = assigned.get(m);
    const parts = total ? (engine.descendants.get(total.indicator) ?? []).filter(usable) : [];
    const done = new Set<number>();
    if (total && parts.length) readParts(reading, assigned, engine, total.indicator, parts, inside, done);
    // One number in parentheses is a complement ("01 cuộc (đối với 16 tổ chức, cá nhân)"), not a breakdown.
    if (inside.length < 2) continue;
    for (const n of inside) {
      const figure = assigned.get(n);
      if (!done.has(n) && figure && !(total && belongsTo(total.indicator, figure.indicator, engine))) assigned.delete(n);
    }
  }
}

function readParts(reading: Reading, assigned: Map<number, Assignment>, engine: Engine, total: string, parts: string[], inside: number[], done: Set<number>): void {
  const options: { m: number; assignment: Assignment }[] = [];
  for (const n of inside) {
    for (const part of parts) {
      const fit = bestFit(reading, n, engine, (cue) => cue.indicator === part, true);
      if (fit) options.push({ m: n, assignment: fit });
    }
  }
  options.sort((a, b) => b.assignment.score - a.assignment.score || a.m - b.m);
  const taken = new Set<string>();
  for (const { m, assignment } of options) {
    if (taken.has(assignment.indicator) || done.has(m)) continue;
    taken.add(assignment.indicator);
    done.add(m);
    assigned.set(m, { ...assignment, score: assignment.score + breakdownBonus });
  }
  const directParts = parts.filter((code) => engine.byCode.get(code)?.parent === total && !taken.has(code));
  const left = inside.filter((n) => !done.has(n) && !reading.mentions[n].percent);
  const value = left.length === 1 && directParts.length === 1 ? valueForIndicator(reading.mentions[left[0]], engine.byCode.get(directParts[0])!) : null;
  if (value !== null) {
    assigned.set(left[0], { indicator: directParts[0], value, score: breakdownBonus, source: "part" });
    done.add(left[0]);
  }
}

/** The whole of "75/106" is the partner of what its part states (a template's "{a}[/{b}]" or a ratio's denominator). */
function readPairs(reading: Reading, assigned: Map<number, Assignment>, engine: Engine, usable: (code: string) => boolean): void {
  for (const [m, part] of [...assigned]) {
    const mention = reading.mentions[m];
    const whole = engine.compiled.partners.get(part.indicator);
    if (mention.pair !== "part" || !whole || !usable(whole)) continue;
    const value = valueForIndicator(reading.mentions[mention.partner], engine.byCode.get(whole)!);
    if (value !== null) assigned.set(mention.partner, { indicator: whole, value, score: part.score, source: "pair" });
  }
}

function candidatesOf(assigned: Map<number, Assignment>, mentions: NumberMention[], folded: ReturnType<typeof foldText>, sentenceOf: (m: number) => string): ImportCandidate[] {
  const ordered = [...assigned].sort(([a], [b]) => a - b);
  const bestOf = new Map<string, number>();
  for (const [m, a] of ordered) {
    const current = bestOf.get(a.indicator);
    if (current === undefined || a.score > assigned.get(current)!.score) bestOf.set(a.indicator, m);
  }
  return ordered.map(([m, a]) => {
    const { start, end } = originalSpan(folded, mentions[m].start, mentions[m].end);
    const { approximate, estimate } = mentions[m];
    return { key: `${a.indicator}@${start}`, indicator: a.indicator, value: a.value, approximate, estimate, sentence: sentenceOf(m), start, end, best: bestOf.get(a.indicator) === m, score: Math.round(a.score * 1000) / 1000, source: a.source };
  });
}

/** Longest sentence given whole; a longer one (text out of a PDF may have few stops) is cut around the number. */
const sentenceLength = 320;

function excerpt(text: string, sentence: { start: number; end: number }, number: { start: number; end: number }): string {
  let { start, end } = sentence;
  const cutStart = end - start > sentenceLength && number.start - start > sentenceLength / 2;
  if (cutStart) start = text.lastIndexOf(" ", number.start - sentenceLength / 2) + 1;
  const cutEnd = end - start > sentenceLength;
  if (cutEnd) end = Math.max(number.end, text.indexOf(" ", start + sentenceLength) < 0 ? end : text.indexOf(" ", start + sentenceLength));
  return `${cutStart ? "…" : ""}${text.slice(start, end).replace(/\s+/g, " ").trim()}${cutEnd ? "…" : ""}`;
}

const readers = new WeakMap<CatalogIndicator[], { key: string; reader: ReportReader }>();

/**
 * Reads a report with a catalog (as lib/catalog/data.ts gives it), the organisation's templates
 * and aliases. The compiled cues are kept per catalog array, so calls with the same catalog are fast.
 */
export function readReport(text: string, context: ReadReportContext, options?: ReadOptions): ReadReportResult {
  const key = JSON.stringify([context.templates ?? [], context.aliases ?? []]);
  let cached = readers.get(context.catalog);
  if (!cached || cached.key !== key) {
    cached = { key, reader: createReportReader(context) };
    readers.set(context.catalog, cached);
  }
  return cached.reader(text, options);
}
