import { acceptedByDefault } from "@/lib/history/confidence";
import { valueForIndicator } from "@/lib/history/figure-value";
import type { ImportCandidate, UnmatchedNumber } from "@/lib/history/types";
import type { CatalogIndicator } from "@/lib/catalog/types";

// The review of a reading, the same in the browser and on the server: what is proposed, what the
// reviewer decided, and an unmatched number made a candidate (with the phrase kept as an alias).

/** What an import keeps of its reading. */
export interface ImportReading {
  candidates: ImportCandidate[];
  unmatched: UnmatchedNumber[];
}

/**
 * A candidate's state: before apply `proposed` (the best of its indicator, not approximate) or
 * `pending` (another reading, or approximate: off until the reviewer accepts it); after apply
 * `accepted`, `corrected` (stored with another value) or `rejected`.
 */
export type ReviewState = "proposed" | "pending" | "accepted" | "corrected" | "rejected";

export interface Review {
  state: ReviewState;
  /** The value stored, for an accepted or corrected candidate. */
  value?: string;
}

/** Whether the review proposes a candidate before anyone decides (lib/history/confidence.ts). */
export const isProposed = acceptedByDefault;

/** Each candidate's review: what was decided on apply, else what is proposed. */
export function reviewsOf(reading: ImportReading, decided: Record<string, Review>): Record<string, Review> {
  return Object.fromEntries(
    reading.candidates.map((c) => [c.key, decided[c.key] ?? { state: isProposed(c) ? "proposed" : "pending" }]),
  );
}

/** The decisions of an apply: the items sent are accepted (corrected when their value differs), every other candidate rejected. */
export function decidedReviews(
  reading: ImportReading,
  items: { key: string; value: string }[],
): Record<string, Review> {
  const sent = new Map(items.map((i) => [i.key, i.value]));
  return Object.fromEntries(
    reading.candidates.map((c): [string, Review] => {
      const value = sent.get(c.key);
      if (value === undefined) return [c.key, { state: "rejected" }];
      return [c.key, { state: Number(value) === Number(c.value) ? "accepted" : "corrected", value }];
    }),
  );
}

const leftWords = 4;
const rightWords = 2;

/**
 * The phrase around a number that a reviewer assigned, as an alias with `#` where the number
 * stands: a few words either side within its clause ("cấp mới # giấy phép"); null when it has none.
 */
export function aliasPhrase(text: string, start: number, end: number): string | null {
  const clause = /[.;:!?()\n\r\u2022]/;
  const words = (s: string) => s.split(/\s+/).filter((w) => w && /\p{L}/u.test(w));
  let from = start;
  while (from > 0 && !clause.test(text[from - 1]) && start - from < 200) from--;
  let to = end;
  while (to < text.length && !clause.test(text[to]) && to - end < 200) to++;
  const left = words(text.slice(from, start).replace(/[,"“”]/g, " ")).slice(-leftWords);
  const right = words(text.slice(end, to).replace(/[,"“”]/g, " ")).slice(0, rightWords);
  if (!left.length && !right.length) return null;
  return [...left, "#", ...right].join(" ").toLocaleLowerCase("vi");
}

/**
 * An unmatched number as a candidate of an indicator, or null when it cannot be one (a percentage
 * of a count, a count of an amount, too many decimals). The reviewer says what its counting word
 * counts: only money and % still refuse one.
 */
export function candidateOfNumber(
  number: UnmatchedNumber,
  indicator: CatalogIndicator,
  others: ImportCandidate[],
): ImportCandidate | null {
  const value = valueForIndicator(number, indicator, { lenient: true });
  if (value === null) return null;
  const { approximate, estimate, sentence, start, end } = number;
  const best = !others.some((c) => c.indicator === indicator.code && c.best);
  return {
    key: `${indicator.code}@${start}`,
    indicator: indicator.code,
    value,
    approximate,
    estimate,
    sentence,
    start,
    end,
    best,
    score: 0,
    source: "organisation",
  };
}

/**
 * Where a number of the text stands in its sentence (the sentence is the text's, on one line):
 * the occurrence of the printed number whose preceding words match the text's; -1 if absent.
 */
export function offsetInSentence(text: string, sentence: string, start: number, end: number): number {
  const printed = text.slice(start, end).replace(/\s+/g, " ");
  const before = text.slice(Math.max(0, start - 40), start).replace(/\s+/g, " ");
  let best = -1;
  let bestMatch = -1;
  for (let at = sentence.indexOf(printed); at >= 0; at = sentence.indexOf(printed, at + 1)) {
    let match = 0;
    while (match < before.length && match < at && sentence[at - 1 - match] === before[before.length - 1 - match])
      match++;
    if (match > bestMatch) [best, bestMatch] = [at, match];
  }
  return best;
}
