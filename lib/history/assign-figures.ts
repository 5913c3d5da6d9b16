import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { fitCue, nearbyCues, type CompiledCues, type CueFit } from "./cue-match";
import { valueForIndicator } from "./figure-value";
import type { NumberMention } from "./number-scan";
import { breakdownMentions } from "./parts";
import type { ContextWord, Token } from "./tokens";
import type { CandidateSource } from "./types";
import type { WordRepair } from "./word-repair";

// Which indicator each number states: the best-fitting cues' indicator; then a total's breakdown
// read among its parts, and the whole of "a/b" through its part.

export interface Assignment {
  indicator: string;
  value: string;
  score: number;
  source: CandidateSource;
}

/** A text's numbers with their tokens and the words around them. */
export interface Reading {
  tokens: Token[];
  mentions: NumberMention[];
  tokenOf: number[];
  right: ContextWord[][];
  left: ContextWord[][];
  /** The words of each number's sentence before it. */
  sentence: Set<string>[];
}

/** How much a second fitting cue of the same indicator adds. */
const secondCue = 0.2;
/** What being read as a part of the total before it adds to a number's fit. */
const breakdownBonus = 1;

/** What a reader compiled once for a catalog. */
export interface Engine {
  compiled: CompiledCues;
  byCode: Map<string, CatalogIndicator>;
  descendants: Map<string, string[]>;
  catalog: CatalogIndicator[];
  /** The counting words the reader knows (units.ts), and those each indicator's cues print after it. */
  units: string[][];
  printedCounting: Map<string, Set<string>>;
  /** The cues' words, to repair OCR damage to (word-repair.ts). */
  repair: WordRepair;
  /** What a part-less indicator's template sentences state after it (cues.ts). */
  followers: Map<string, Set<string>>;
}

/** A number's value for an indicator (figure-value.ts), with the counting words the engine knows of it. */
function valueFor(engine: Engine, mention: NumberMention, indicator: string, lenient = false): string | null {
  return valueForIndicator(mention, engine.byCode.get(indicator)!, {
    lenient,
    printed: engine.printedCounting.get(indicator),
  });
}

/** The indicator whose cues fit a number best, among the cues `take` accepts; an indicator's negative cues rule it out. */
export function bestFit(
  reading: Reading,
  m: number,
  engine: Engine,
  take: (cue: CueFit["cue"]) => boolean,
  relaxed = false,
  needsLeft = false,
): Assignment | null {
  const right = reading.right[m];
  const left = reading.left[m];
  const { compiled } = engine;
  const byIndicator = new Map<string, CueFit[]>();
  for (const at of nearbyCues(compiled, right, left)) {
    const cue = compiled.cues[at];
    if (!take(cue)) continue;
    const fit = fitCue(cue, right, left, compiled, relaxed, reading.sentence[m]);
    if (fit && (!needsLeft || fit.leftMatched > 0))
      byIndicator.set(cue.indicator, [...(byIndicator.get(cue.indicator) ?? []), fit]);
  }
  let best: Assignment | null = null;
  for (const [indicator, fits] of byIndicator) {
    // The best cue decides; a second one that also fits (a name beside a template) tips a tie.
    fits.sort((a, b) => b.score - a.score);
    const fit = { ...fits[0], score: fits[0].score + (fits.length > 1 ? secondCue * Math.max(0, fits[1].score) : 0) };
    const ruledOut = (compiled.negatives.get(indicator) ?? []).some(
      (at) => (fitCue(compiled.cues[at], right, left, compiled)?.coverage ?? 0) >= 0.9,
    );
    if (ruledOut) continue;
    // Relaxed: a part of a total's breakdown, whose counting word names its category.
    const value = valueFor(engine, reading.mentions[m], indicator, relaxed);
    if (value === null) continue;
    if (!best || fit.score > best.score || (fit.score === best.score && indicator < best.indicator))
      best = { indicator, value, score: fit.score, source: fit.cue.source };
  }
  return best;
}

/** Whether a figure may stand in a total's breakdown: one of its parts, or the numerator of a ratio over it. */
function belongsTo(total: string, indicator: string, engine: Engine): boolean {
  if (engine.descendants.get(total)?.includes(indicator) || engine.followers.get(total)?.has(indicator)) return true;
  return engine.catalog.some((i) => i.numerator === indicator && i.denominator === total);
}

/**
 * Numbers in a total's breakdown become its parts: the best-fitting part each, then the one left
 * over. A number there that is no part of it is a part the catalog lacks ("18.355 trực tiếp" of
 * the partly-online services' dossiers), so it is read as no other figure either; nor is anything
 * in the breakdown of a number that states no catalog figure.
 */
export function readBreakdowns(
  reading: Reading,
  assigned: Map<number, Assignment>,
  engine: Engine,
  usable: (code: string) => boolean,
): void {
  for (let m = 0; m < reading.mentions.length; m++) {
    const mention = reading.mentions[m];
    if (mention.excluded || mention.pair === "whole" || reading.tokenOf[m] < 0) continue;
    const inside = breakdownMentions(reading.tokens, reading.mentions, reading.tokenOf[m]).map(
      (t) => reading.tokens[t].mention,
    );
    if (!inside.length) continue;
    const total = assigned.get(m);
    const parts = total
      ? [...(engine.descendants.get(total.indicator) ?? []), ...(engine.followers.get(total.indicator) ?? [])].filter(
          (code) => usable(code) && !isDerived(engine.byCode.get(code)!.kind),
        )
      : [];
    const done = new Set<number>();
    if (total && parts.length) readParts(reading, assigned, engine, total.indicator, parts, inside, done);
    // One number in parentheses is a complement ("01 cuộc (đối với 16 tổ chức, cá nhân)"), not a breakdown.
    if (inside.length < 2) continue;
    for (const n of inside) {
      const figure = assigned.get(n);
      if (!done.has(n) && figure && !(total && belongsTo(total.indicator, figure.indicator, engine)))
        assigned.delete(n);
    }
  }
}

function readParts(
  reading: Reading,
  assigned: Map<number, Assignment>,
  engine: Engine,
  total: string,
  parts: string[],
  inside: number[],
  done: Set<number>,
): void {
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
  const value =
    left.length === 1 && directParts.length === 1
      ? valueFor(engine, reading.mentions[left[0]], directParts[0], true)
      : null;
  if (value !== null) {
    assigned.set(left[0], { indicator: directParts[0], value, score: breakdownBonus, source: "part" });
    done.add(left[0]);
  }
}

/** The whole of "75/106" is the partner of what its part states (a template's "{a}[/{b}]" or a ratio's denominator). */
export function readPairs(
  reading: Reading,
  assigned: Map<number, Assignment>,
  engine: Engine,
  usable: (code: string) => boolean,
): void {
  for (const [m, part] of [...assigned]) {
    const mention = reading.mentions[m];
    const whole = engine.compiled.partners.get(part.indicator);
    if (mention.pair !== "part" || !whole || !usable(whole)) continue;
    const value = valueFor(engine, reading.mentions[mention.partner], whole);
    if (value !== null) assigned.set(mention.partner, { indicator: whole, value, score: part.score, source: "pair" });
  }
}
