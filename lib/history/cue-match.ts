import { collectCues, type CueSources } from "./cues";
import type { Cue, CueSource } from "./types";
import { isLevelWord, type ContextWord } from "./tokens";

// How well a cue fits the words around a number. Its words are aligned in order with the context
// (a weighted longest common subsequence), each word weighted by how few indicators' cues use it
// ("văn bản" says little, "cáp quang" much). The fit is the weight matched, less three quarters of the weight
// missed, less a little for words skipped between; sources break near ties: a template match over
// an organisation's alias over a catalog alias over a name.

export interface CompiledCues {
  cues: Cue[];
  weights: Map<string, number>;
  /** Cue indexes by the words of their right and left sides. */
  rightIndex: Map<string, number[]>;
  leftIndex: Map<string, number[]>;
  /** The whole of an "a/b" pair for its part a. */
  partners: Map<string, string>;
  /** Each indicator's negative cues ("!..."): around a number they rule it out. */
  negatives: Map<string, number[]>;
}

export interface CueFit {
  cue: Cue;
  score: number;
  coverage: number;
  matched: number;
  /** Weight matched on the number's left: a list's head, a label before it. */
  leftMatched: number;
}

const stopWords = new Set([
  "va",
  "cua",
  "cac",
  "co",
  "la",
  "voi",
  "trong",
  "tren",
  "den",
  "da",
  "duoc",
  "cho",
  "tai",
  "tu",
  "theo",
  "nhung",
  "mot",
  "nay",
  "do",
  "ve",
  "thi",
  "ma",
  "de",
  "o",
  "hien",
  "dia",
]);
const sourceBonus: Record<CueSource, number> = { template: 0.3, organisation: 0.25, alias: 0.2, name: 0 };

/** A name is a description, not a phrasing: most of it must be there. */
const minimumCoverage: Record<CueSource, number> = { template: 0.65, organisation: 0.6, alias: 0.6, name: 0.75 };

/** What a template's opening, found in the number's sentence, adds at most. */
const topicBonus = 0.5;

/** How far from the number a cue's nearest word may start. */
const reach = 2;

export function compileCues(sources: CueSources): CompiledCues {
  const { cues, partners } = collectCues(sources);
  const usedBy = new Map<string, Set<string>>();
  for (const cue of cues) {
    // A level's cues (mức độ 3) only fit where their level is written: they do not dilute the words' weights.
    if (cue.negative || [...cue.left, ...cue.right, ...cue.topic].some(isLevelWord)) continue;
    for (const word of [...cue.left, ...cue.right]) {
      if (!usedBy.has(word)) usedBy.set(word, new Set());
      usedBy.get(word)!.add(cue.indicator);
    }
  }
  const indicators = new Set(
    cues.filter((c) => ![...c.left, ...c.right, ...c.topic].some(isLevelWord)).map((c) => c.indicator),
  ).size;
  const weights = new Map<string, number>();
  for (const [word, users] of usedBy)
    weights.set(
      word,
      stopWords.has(word) ? 0.1 : Math.max(0.2, Math.log((indicators + 1) / users.size) / Math.log(indicators + 1)),
    );
  const rightIndex = new Map<string, number[]>();
  const leftIndex = new Map<string, number[]>();
  const add = (index: Map<string, number[]>, word: string, at: number) => {
    const list = index.get(word) ?? [];
    if (list[list.length - 1] !== at) list.push(at);
    index.set(word, list);
  };
  const negatives = new Map<string, number[]>();
  cues.forEach((cue, at) => {
    if (cue.negative) return add(negatives, cue.indicator, at);
    cue.right.forEach((w) => add(rightIndex, w, at));
    cue.left.forEach((w) => add(leftIndex, w, at));
  });
  return { cues, weights, rightIndex, leftIndex, partners, negatives };
}

interface Alignment {
  /** Weight of the cue words found, each less for the words skipped before it. */
  matched: number;
  count: number;
  /** Distance of the nearest matched word, and words skipped inside the matched stretch. */
  first: number;
  gaps: number;
  /** Whether the cue word nearest the number is matched. */
  nearestMatched: boolean;
  /**
   * Where the cue's words stop matching, the context goes on with a telling word the cue does not
   * have ("tin, bài tiếng Khmer" against "tin, bài tiếng Việt"): evidence against it.
   */
  contradicted: boolean;
}

/** A cue word's weight; in a template the words farther from the number matter less ("Trong kỳ, hệ thống đã tiếp nhận"). */
function cueWeight(cueWords: string[], index: number, weights: Map<string, number>, positional: boolean): number {
  return (weights.get(cueWords[index]) ?? 1) * (positional && index >= 3 ? 0.6 : 1);
}

/** A word found after skipping others counts less: "quyết định ... hành chính" is not "quyết định đã ban hành". */
const afterSkipping = [1, 0.8, 0.6, 0.4];

/** Aligns cue words (nearest the number first) with context words (nearest first), preferring the nearest. */
function align(
  cueWords: string[],
  context: ContextWord[],
  weights: Map<string, number>,
  positional: boolean,
): Alignment {
  const n = cueWords.length;
  const m = context.length;
  const dp = new Float64Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  const gain = (i: number, j: number) => cueWeight(cueWords, i - 1, weights, positional) - 0.001 * j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diagonal = cueWords[i - 1] === context[j - 1].word ? dp[at(i - 1, j - 1)] + gain(i, j) : 0;
      dp[at(i, j)] = Math.max(dp[at(i - 1, j)], dp[at(i, j - 1)], diagonal);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0;) {
    if (cueWords[i - 1] === context[j - 1].word && dp[at(i, j)] === dp[at(i - 1, j - 1)] + gain(i, j)) {
      pairs.unshift([i - 1, j - 1]);
      i--;
      j--;
    } else if (dp[at(i - 1, j)] >= dp[at(i, j - 1)]) i--;
    else j--;
  }
  if (!pairs.length) return { matched: 0, count: 0, first: 0, gaps: 0, nearestMatched: false, contradicted: false };
  let matched = 0;
  let previous = -1;
  for (const [i, j] of pairs) {
    const skipped = previous < 0 ? 0 : j - previous - 1;
    matched += cueWeight(cueWords, i, weights, positional) * afterSkipping[Math.min(skipped, afterSkipping.length - 1)];
    previous = j;
  }
  const first = pairs[0][1];
  const last = pairs[pairs.length - 1][1];
  const [lastCue] = pairs[pairs.length - 1];
  const following = context[last + 1]?.word;
  const contradicted =
    lastCue < n - 1 && following !== undefined && !cueWords.includes(following) && (weights.get(following) ?? 0) >= 0.7;
  return {
    matched,
    count: pairs.length,
    first,
    gaps: last - first + 1 - pairs.length,
    nearestMatched: pairs[0][0] === 0,
    contradicted,
  };
}

const total = (words: string[], weights: Map<string, number>, positional: boolean) =>
  words.reduce((sum, _, i) => sum + cueWeight(words, i, weights, positional), 0);
/** Words that may stand between a label and its number: "người sử dụng là 7.848". */
const linking = new Set(["la", "co", "dat", "gom", "tong"]);

/** The fit of a cue to a number's context, or null when too little of it is there. */
export function fitCue(
  cue: Cue,
  right: ContextWord[],
  left: ContextWord[],
  compiled: CompiledCues,
  relaxed = false,
  sentence?: ReadonlySet<string>,
): CueFit | null {
  const { weights } = compiled;
  // A cue of a level ("mức độ 3") fits only where that level is written around the number.
  const levels = [...cue.left, ...cue.right, ...cue.topic].filter(isLevelWord);
  const around = (word: string) =>
    sentence?.has(word) || left.some((w) => w.word === word) || right.some((w) => w.word === word);
  if (!cue.negative && levels.length && !levels.some(around)) return null;
  const positional = cue.source === "template";
  const r = cue.right.length ? align(cue.right, right, weights, positional) : null;
  // Left cue words are stored in reading order; the nearest to the number is the last.
  const reversed = [...cue.left].reverse();
  const l = cue.left.length ? align(reversed, left, weights, positional) : null;
  // What an indicator is not may stand anywhere around the number.
  const far = cue.negative ? Infinity : reach;
  const rightOk = r !== null && r.count > 0 && r.first <= far;
  const adjacent = l !== null && l.nearestMatched && (l.first === 0 || (l.first === 1 && linking.has(left[0].word)));
  const leftOk = l !== null && l.count > 0 && (cue.adjacentLeft ? adjacent : l.first <= far);
  const matched = (rightOk ? r.matched : 0) + (leftOk ? l.matched : 0);
  const all = total(cue.right, weights, positional) + total(reversed, weights, positional);
  if (matched === 0 || all === 0) return null;
  const coverage = matched / all;
  if (!relaxed && (coverage < minimumCoverage[cue.source] || matched < 0.9)) return null;
  if (relaxed && matched < 0.2) return null;
  const skipped = (rightOk ? r.gaps + r.first : 0) + (leftOk ? l.gaps + l.first : 0);
  const contradicted = (rightOk && r.contradicted ? 1 : 0) + (leftOk && l.contradicted ? 1 : 0);
  const topicWeight = total(cue.topic, weights, false);
  const topic =
    sentence && topicWeight
      ? cue.topic.filter((w) => sentence.has(w)).reduce((sum, w) => sum + (weights.get(w) ?? 1), 0) / topicWeight
      : 0;
  return {
    cue,
    coverage,
    matched,
    leftMatched: leftOk ? l.matched : 0,
    score:
      matched -
      0.75 * (all - matched) -
      0.1 * skipped -
      0.5 * contradicted +
      sourceBonus[cue.source] +
      topicBonus * topic,
  };
}

/** Cues with a word near the number on the side they expect it. */
export function nearbyCues(compiled: CompiledCues, right: ContextWord[], left: ContextWord[]): number[] {
  const found = new Set<number>();
  for (const { word } of right.slice(0, reach + 1)) for (const at of compiled.rightIndex.get(word) ?? []) found.add(at);
  for (const { word } of left.slice(0, reach + 1)) for (const at of compiled.leftIndex.get(word) ?? []) found.add(at);
  return [...found].sort((a, b) => a - b);
}
