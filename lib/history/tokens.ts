import type { NumberMention } from "./number-scan";

// The folded text as tokens: words, numbers, brackets and stops (a sentence's end, ";", a
// paragraph, a bullet). The words on either side of a number, up to a stop or the next number,
// are its context; a cue phrase is compared with them.

export type TokenKind = "word" | "number" | "open" | "close" | "punct" | "stop" | "clause";

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** The number's index in the mentions, or -1. */
  mention: number;
}

export interface ContextWord {
  word: string;
  /** Words between it and the number. */
  distance: number;
}

/** A word: letters and digits, with dotted names kept whole ("postmart.vn"). */
export const wordPattern = /[\p{L}\p{N}]+(?:\.\p{L}[\p{L}\p{N}]*)*/uy;

/** A level of online public services ("mức độ 3") as one word: the digit tells two indicators apart. */
export const levelWord = (digits: string) => `level${digits}`;
export const isLevelWord = (word: string) => /^level\d+$/.test(word);

/** Words of a phrase, as cues and context see them (numbers left out, but for levels: "muc do 3, 4" is "muc do level3 level4"). */
export function phraseWords(folded: string): string[] {
  const levels = folded.replace(
    /(^|[^a-z])(muc do\s*)((?:\d+\s*(?:,|va|-)\s*)*\d+)(?!\d)/g,
    (_, before: string, words: string, list: string) =>
      `${before}${words}${list
        .split(/\s*(?:,|va|-)\s*/)
        .map(levelWord)
        .join(" ")}`,
  );
  return [...levels.matchAll(new RegExp(wordPattern.source, "gu"))].map((m) => m[0]).filter((w) => !/^\d+$/.test(w));
}

/**
 * Whether a line break at `at` ends a paragraph: a blank line after a sentence's end, or before a
 * bullet, a numbered item or a capital (text turned out of a PDF has a blank line after every
 * line, mid-sentence too). `startsUpper` tells whether the original letter at a folded index is a capital.
 */
function isParagraphBreak(text: string, at: number, startsUpper: (at: number) => boolean): boolean {
  const next = /^\n[ ]*(\n[ \n]*)?/.exec(text.slice(at, at + 16))!;
  const nextAt = at + next[0].length;
  if (/^([-+*•]\s|\d+(\.\d+)*[.)]\s)/.test(text.slice(nextAt, nextAt + 8))) return true;
  if (!next[1]) return false;
  const before = text.slice(Math.max(0, at - 4), at).trimEnd();
  return /[.:;!?…)]$/.test(before) || startsUpper(nextAt);
}

export function tokenize(
  text: string,
  mentions: NumberMention[],
  startsUpper: (at: number) => boolean = () => false,
): Token[] {
  const tokens: Token[] = [];
  let next = 0;
  for (let i = 0; i < text.length;) {
    while (next < mentions.length && mentions[next].start < i) next++;
    if (next < mentions.length && mentions[next].start === i) {
      // A level ("mức độ 3") is a word of the phrase, not a number.
      const level = mentions[next].excluded === "level";
      tokens.push(
        level
          ? { kind: "word", text: levelWord(mentions[next].printed), start: i, end: mentions[next].end, mention: -1 }
          : { kind: "number", text: mentions[next].printed, start: i, end: mentions[next].end, mention: next },
      );
      i = mentions[next].end;
      next++;
      continue;
    }
    const c = text[i];
    if (c === " ") {
      i++;
      continue;
    }
    if (c === "\n") {
      const run = /^\n[ \n]*/.exec(text.slice(i, i + 64))![0].length;
      if (isParagraphBreak(text, i, startsUpper))
        tokens.push({ kind: "stop", text: "\n", start: i, end: i + 1, mention: -1 });
      i += run;
      continue;
    }
    // "(ước)" says a figure is an estimate (the scanner has read it); it is no part of any phrase.
    const estimate = c === "(" ? /^\(\s?uoc(?: tinh)?\s?\)/.exec(text.slice(i, i + 14)) : null;
    if (estimate) {
      i += estimate[0].length;
      continue;
    }
    wordPattern.lastIndex = i;
    const word = wordPattern.exec(text);
    if (word) {
      // A word may not run into the next number ("abc123" stays a name, but never swallows a mention).
      const end =
        next < mentions.length
          ? Math.min(i + word[0].length, mentions[next].start > i ? mentions[next].start : Infinity)
          : i + word[0].length;
      tokens.push({ kind: "word", text: text.slice(i, end), start: i, end, mention: -1 });
      i = end;
      continue;
    }
    const kind: TokenKind =
      c === "(" || c === "["
        ? "open"
        : c === ")" || c === "]"
          ? "close"
          : c === ";"
            ? "clause"
            : c === "!" || c === "?" || (c === "." && /[\s]|$/.test(text[i + 1] ?? "")) || c === "…"
              ? "stop"
              : "punct";
    tokens.push({ kind, text: c, start: i, end: i + 1, mention: -1 });
    i++;
  }
  return tokens;
}

/**
 * How far (in tokens) any look around a number goes. A report's sentence is far shorter; without a
 * bound, a text of one endless "sentence" would make every number look at all the others.
 */
export const maxScanTokens = 400;

/** Whether a token ends the context of a number: a stop, a clause, or another number that may be a figure. */
function ends(token: Token, mentions: NumberMention[], skip: number): boolean {
  if (token.kind === "stop" || token.kind === "clause") return true;
  return token.kind === "number" && token.mention !== skip && mentions[token.mention].excluded === null;
}

/** Words that join two figures' phrases: what stands after the last of them belongs to the next number. */
const joiners = new Set(["va", "voi", "con"]);

/**
 * Up to `max` words after (direction 1) or before (-1) a number's token, nearest first. A
 * parenthesis the number stands in bounds them; when the next number ends them, the words past
 * the last joiner ("và", ",") are that number's ("119 817 hồ sơ và giải quyết 117 716 hồ sơ").
 */
export function contextWords(
  tokens: Token[],
  mentions: NumberMention[],
  at: number,
  direction: 1 | -1,
  max: number,
): ContextWord[] {
  const mention = mentions[tokens[at].mention];
  const partner = mention.partner;
  const words: ContextWord[] = [];
  let joinedAt = -1;
  const bound = at + direction * maxScanTokens;
  for (let i = at + direction; i >= 0 && i < tokens.length && i !== bound; i += direction) {
    const token = tokens[i];
    if (token.mention === partner && partner >= 0) continue;
    if (ends(token, mentions, partner)) {
      // Going left, what stands before the joiner is the other number's phrase, and a joiner word
      // stays ("02 cuộc với 34 điểm cầu" reads "với" before 34); going right only a short tail is cut.
      if (token.kind === "number" && joinedAt >= 0 && (direction === -1 || words.length - joinedAt <= 3))
        words.length = joinedAt;
      break;
    }
    if (words.length && token.kind === (direction === 1 ? "close" : "open")) break;
    // Past `max` words it only looks for what ends them, to know whether a joiner cuts them.
    if (words.length >= max) continue;
    const joins =
      token.text === "," ||
      (token.kind === "word" && joiners.has(token.text) && !(token.text === "voi" && tokens[i - 1]?.text === "doi"));
    if (joins) joinedAt = words.length + (direction === -1 && token.kind === "word" ? 1 : 0);
    if (token.kind === "word") words.push({ word: token.text, distance: words.length });
    else if (token.kind === "number") words.push({ word: "#", distance: words.length });
  }
  return words;
}

/**
 * The number whose list this one continues ("tham mưu ban hành 05 quyết định, 03 kế hoạch": 03
 * continues 05), so that it reads the list's head too; -1 if none.
 */
export function listPredecessor(tokens: Token[], mentions: NumberMention[], at: number): number {
  const partner = mentions[tokens[at].mention].partner;
  let joined = false;
  for (let i = at - 1; i >= 0 && i > at - maxScanTokens; i--) {
    const token = tokens[i];
    if (token.mention === partner && partner >= 0) continue;
    if (token.kind === "stop" || token.kind === "clause" || token.kind === "open" || token.kind === "close") return -1;
    if (token.kind === "number" && mentions[token.mention].excluded === null) return joined ? token.mention : -1;
    if (token.text === "," || (token.kind === "word" && (token.text === "va" || token.text === "con"))) joined = true;
  }
  return -1;
}

/** The words of a number's sentence before it (up to 40), for a template's opening. */
export function sentenceWords(tokens: Token[], at: number): Set<string> {
  const words = new Set<string>();
  for (let i = at - 1; i >= 0 && i > at - maxScanTokens && words.size < 40 && tokens[i].kind !== "stop"; i--)
    if (tokens[i].kind === "word") words.add(tokens[i].text);
  return words;
}
