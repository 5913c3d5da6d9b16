import { catalogOfPeriod } from "@/lib/catalog/dated";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { formatPeriodCode, parsePeriod } from "@/lib/periods/period";
import { bestFit, readBreakdowns, readPairs, type Assignment, type Engine, type Reading } from "./assign-figures";
import { confidenceOf } from "./confidence";
import { compileCues } from "./cue-match";
import { sentenceFollowers } from "./cues";
import { foldText, originalSpan } from "./fold";
import { ordinalWordBefore, scanNumbers, type NumberMention } from "./number-scan";
import { ReadingLimitError, readingLimits } from "./limits";
import { detectPeriod } from "./period-detect";
import { excludePlan, planStart, sentenceSpans } from "./structure";
import { contextWords, listPredecessor, sentenceWords, tokenize } from "./tokens";
import { countingVocabulary, countingWordAfter, countingWordAt, countingWordsOfCues } from "./units";
import { compileWordRepair, repairWord } from "./word-repair";
import type { ImportCandidate, ReadReportContext, ReadReportResult, UnmatchedNumber } from "./types";

// Reads a past report into candidate figures: finds its kind and period, every number and what
// it is not (dates, document numbers...), then for each number the indicator whose cues fit its
// words best; a total's breakdown is read among its parts, the whole of "a/b" through its part.
// Per indicator the best candidate is proposed (highest fit; on a tie the first in the text) and
// the others are kept for review. Pure: no database, the same text gives the same answer; a text
// past the reading limits (limits.ts) throws ReadingLimitError.

/** How many words on either side of a number are its context. */
const rightWords = 10;
const leftWords = 16;
/** How many words a list item reads back through the items before it to its head. */
const maxListWords = 4 * leftWords;

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
  const units = countingVocabulary(context.catalog);
  const printedCounting = countingWordsOfCues(compiled.cues, units);
  const repair = compileWordRepair(compiled.cues.flatMap((cue) => [...cue.left, ...cue.right, ...cue.topic]));
  const followers = sentenceFollowers(context);
  return (text, options = {}) =>
    read(text, options, {
      compiled,
      byCode,
      descendants,
      catalog: context.catalog,
      units,
      printedCounting,
      repair,
      followers,
    });
}

function descendantsOf(catalog: CatalogIndicator[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const i of catalog) if (i.parent) children.set(i.parent, [...(children.get(i.parent) ?? []), i.code]);
  const all = (code: string): string[] => (children.get(code) ?? []).flatMap((c) => [c, ...all(c)]);
  return new Map([...children.keys()].map((code) => [code, all(code)]));
}

function read(text: string, options: ReadOptions, engine: Engine): ReadReportResult {
  if (text.length > readingLimits.characters) throw new ReadingLimitError("characters");
  const folded = foldText(text);
  const detected = detectPeriod(folded.text);
  const period =
    (options.period ? parsePeriod(options.period) : null) ?? (detected ? parsePeriod(detected.period) : null);
  const active = new Set((period ? catalogOfPeriod(engine.catalog, period) : engine.catalog).map((i) => i.code));
  const mentions = scanNumbers(folded.text, ordinalWordBefore(text, folded.origin), (end) =>
    countingWordAt(folded.text, end, engine.units),
  );
  if (mentions.length > readingLimits.numbers) throw new ReadingLimitError("numbers");
  excludePlan(mentions, planStart(folded.text));
  const startsUpper = (at: number) => {
    const c = text[folded.origin[at]] ?? "";
    return c !== c.toLowerCase();
  };
  const tokens = tokenize(folded.text, mentions, startsUpper);
  for (const token of tokens) if (token.kind === "word") token.text = repairWord(token.text, engine.repair);
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
  // The whole of "75/106 trang…" is no count of what follows the pair.
  mentions.forEach(
    (mention, m) =>
      (mention.counting = mention.pair === "whole" ? null : countingWordAfter(reading.right[m], engine.units)),
  );
  // A number that continues a list reads the list's head after its own words.
  const previousInList = mentions.map((_, m) => (tokenOf[m] >= 0 ? listPredecessor(tokens, mentions, tokenOf[m]) : -1));
  // Capped: in a list of thousands every item would otherwise carry all the items before it.
  previousInList.forEach((previous, m) => {
    if (previous >= 0)
      reading.left[m] = [...reading.left[m], { word: "#", distance: 0 }, ...reading.left[previous]]
        .slice(0, maxListWords)
        .map((w, distance) => ({ ...w, distance }));
  });
  const usable = (code: string) => active.has(code) && engine.byCode.has(code);
  const assigned = new Map<number, Assignment>();
  mentions.forEach((mention, m) => {
    if (mention.excluded || mention.pair === "whole" || tokenOf[m] < 0) return;
    // In a list whose previous item is no catalog figure ("cập nhật mới 75 Quyết định công bố, 203
    // văn bản chỉ đạo điều hành"), a figure needs its own words on the left, not only a noun after it.
    const needsLeft = previousInList[m] >= 0 && !assigned.has(previousInList[m]);
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
  if (assigned.size > readingLimits.candidates) throw new ReadingLimitError("candidates");
  // A figure stated in pieces: another number of its sentence, read as no figure, counts the same thing.
  const inPieces = (m: number) =>
    mentions[m].counting !== null &&
    mentions.some(
      (other, n) =>
        n !== m &&
        !other.excluded &&
        !assigned.has(n) &&
        other.counting === mentions[m].counting &&
        tokenOf[n] >= 0 &&
        spans[tokenOf[n]].start === spans[tokenOf[m]].start,
    );
  return {
    kind: period?.kind ?? null,
    period: period ? formatPeriodCode(period) : null,
    candidates: candidatesOf(assigned, mentions, folded, sentenceOf, inPieces),
    unmatched: mentions.flatMap((mention, m): UnmatchedNumber[] => {
      if (mention.excluded || assigned.has(m)) return [];
      const { start, end } = originalSpan(folded, mention.start, mention.end);
      const { value, percent, scale, money, approximate, estimate, counting } = mention;
      return [
        {
          number: text.slice(start, end),
          value,
          percent,
          scale,
          money,
          approximate,
          estimate,
          counting,
          sentence: sentenceOf(m),
          start,
          end,
        },
      ];
    }),
  };
}

/** A fit below this is loose: right readings fit better in all but a few cases (npm run eval:import). */
const looseScore = 0.5;

function candidatesOf(
  assigned: Map<number, Assignment>,
  mentions: NumberMention[],
  folded: ReturnType<typeof foldText>,
  sentenceOf: (m: number) => string,
  inPieces: (m: number) => boolean,
): ImportCandidate[] {
  const ordered = [...assigned].sort(([a], [b]) => a - b);
  const bestOf = new Map<string, number>();
  for (const [m, a] of ordered) {
    const current = bestOf.get(a.indicator);
    if (current === undefined || a.score > assigned.get(current)!.score) bestOf.set(a.indicator, m);
  }
  const contested = (m: number, a: Assignment) =>
    a.score > 0 && ordered.some(([n, b]) => n !== m && b.indicator === a.indicator && b.score >= 0.9 * a.score);
  return ordered.map(([m, a]) => {
    const { start, end } = originalSpan(folded, mentions[m].start, mentions[m].end);
    const { approximate, estimate } = mentions[m];
    const confidence = confidenceOf({
      inPieces: inPieces(m),
      contested: contested(m, a),
      looseFit: a.score < looseScore,
    });
    return {
      key: `${a.indicator}@${start}`,
      indicator: a.indicator,
      value: a.value,
      approximate,
      estimate,
      sentence: sentenceOf(m),
      start,
      end,
      best: bestOf.get(a.indicator) === m,
      score: Math.round(a.score * 1000) / 1000,
      confidence,
      source: a.source,
    };
  });
}

/** Longest sentence given whole; a longer one (text out of a PDF may have few stops) is cut around the number. */
const sentenceLength = 320;

function excerpt(
  text: string,
  sentence: { start: number; end: number },
  number: { start: number; end: number },
): string {
  let { start, end } = sentence;
  const cutStart = end - start > sentenceLength && number.start - start > sentenceLength / 2;
  if (cutStart) start = text.lastIndexOf(" ", number.start - sentenceLength / 2) + 1;
  const cutEnd = end - start > sentenceLength;
  if (cutEnd)
    end = Math.max(
      number.end,
      text.indexOf(" ", start + sentenceLength) < 0 ? end : text.indexOf(" ", start + sentenceLength),
    );
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
