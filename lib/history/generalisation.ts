import type { CatalogIndicator } from "@/lib/catalog/types";
import { foldPhrase } from "./fold";
import { randomSource } from "./random-source";
import { phraseWords } from "./tokens";

// What reading reports it has never seen looks like, made from the ones it has: the catalog as if
// its aliases had been learnt without one report (leave one out), and a report's text damaged the
// ways real archives are (no diacritics, OCR errors, separators dropped, sentences reordered).

const wordsOf = (text: string) => ` ${phraseWords(foldPhrase(text)).join(" ")} `;

/** Whether a report states an alias's words in a row (its "#" and "!" aside). */
function states(reportWords: string, alias: string): boolean {
  const words = wordsOf(alias.replace(/^!/, "").replace("#", " ")).trim();
  return words.length > 0 && reportWords.includes(` ${words} `);
}

/**
 * The catalog whose aliases are only those a reader could have learnt without `leftOut`: an
 * alias stated in the left-out report goes unless another report states it too; an alias no
 * report states (written from the domain) stays.
 */
export function catalogLearntWithout(
  catalog: CatalogIndicator[],
  leftOut: string,
  others: string[],
): CatalogIndicator[] {
  const left = wordsOf(leftOut);
  const rest = others.map(wordsOf);
  const learnable = (alias: string) => !states(left, alias) || rest.some((words) => states(words, alias));
  return catalog.map((indicator) => ({ ...indicator, aliases: indicator.aliases.filter(learnable) }));
}

/** Typed without a Vietnamese keyboard, or OCR'd without diacritics. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

// What OCR does to letters: a mark lost or changed, look-alikes swapped, a letter lost.
const lookAlikes: [RegExp, string][] = [
  [/ư/g, "u"],
  [/ơ/g, "o"],
  [/ê/g, "é"],
  [/ô/g, "ó"],
  [/ă/g, "â"],
  [/ế/g, "é"],
  [/ố/g, "ó"],
  [/ị/g, "i"],
  [/ạ/g, "a"],
  [/ậ/g, "â"],
  [/rn/g, "m"],
  [/m/g, "rn"],
  [/l/g, "1"],
  [/i/g, "l"],
  [/o/g, "0"],
  [/ố/g, "6"],
  [/u/g, "n"],
  [/n/g, "u"],
  [/đ/g, "d"],
  [/c/g, "e"],
];

/** OCR-like damage: each word of letters is damaged with probability `rate` (a look-alike swapped, a letter lost); digits are left alone. */
export function withOcrDamage(text: string, rate: number, seed = 7): string {
  const random = randomSource(seed);
  return text.replace(/\p{L}+/gu, (word) => {
    if (word.length < 2 || random() >= rate) return word;
    const options = lookAlikes.filter(([pattern]) => word.search(pattern) >= 0);
    if (options.length && random() < 0.8) {
      const [pattern, replacement] = options[Math.floor(random() * options.length)];
      const matches = [...word.matchAll(pattern)];
      const at = matches[Math.floor(random() * matches.length)].index;
      return word.slice(0, at) + word.slice(at).replace(new RegExp(pattern.source), replacement);
    }
    const at = 1 + Math.floor(random() * (word.length - 1));
    return word.slice(0, at) + word.slice(at + 1);
  });
}

/** Thousands written without a separator: "1.290 trạm" becomes "1290 trạm", "7 500 000" "7500000". */
export function withoutSeparators(text: string): string {
  return text.replace(/\d{1,3}(?:[. ]\d{3})+(?![\d])/g, (number) => number.replace(/[. ]/g, ""));
}

/** The sentences of each paragraph in another order (the first line, the title, stays). */
export function withSentencesReordered(text: string, seed = 11): string {
  const random = randomSource(seed);
  const [title, ...rest] = text.split("\n");
  const shuffled = rest.map((paragraph) => {
    const sentences = paragraph.split(/(?<=\.)\s+(?=\p{Lu})/u);
    for (let i = sentences.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [sentences[i], sentences[j]] = [sentences[j], sentences[i]];
    }
    return sentences.join(" ");
  });
  return [title, ...shuffled].join("\n");
}
