import type { CatalogIndicator } from "@/lib/catalog/types";
import { foldPhrase } from "./fold";
import { moneyScale } from "./number-grammar";
import type { ContextWord } from "./tokens";

// The counting word a report prints after a number ("03 trường hợp", "1.290 trạm", "479 chứng
// thư") says what it counts, whatever the words around it say: a figure is read as an indicator
// only when that word fits the indicator's unit. A count of cases is never an amount of money, a
// count of mailboxes never a count of people. Money and % are read by the number's grammar.

/** Counting words every such report uses, beside the catalog's own units. */
const commonUnits = [
  "km",
  "tram",
  "thue bao",
  "ho so",
  "dich vu",
  "van ban",
  "chung thu",
  "cuoc",
  "truong hop",
  "nguoi",
  "tai khoan",
  "tin bai",
  "tin",
  "bai",
  "luot",
  "don",
  "diem",
  "diem cau",
  "co quan",
  "don vi",
  "doanh nghiep",
  "to chuc",
  "ca nhan",
  "giay phep",
  "trang",
  "xa",
  "ho",
  "hop thu",
  "ban tin",
  "cau hoi",
  "san pham",
  "bao",
  "tap chi",
  "dai",
  "may",
  "chiec",
  "cot",
  "be",
  "buu cuc",
  "pano",
  "lop",
  "hoi nghi",
  "lan",
  "thu tuc",
  "nguoi dung",
  "nguoi su dung",
  "cong van",
];

/** Counting words that may name the same thing. */
const sameThing = [
  ["tin bai", "tin", "bai"],
  ["to chuc", "ca nhan", "don vi", "doanh nghiep"],
  ["co quan", "don vi"],
  ["chung thu", "chung thu so"],
  ["cuoc", "hoi nghi"],
  ["tai khoan", "nguoi dung", "nguoi su dung"],
  ["van ban", "cong van"],
];

/** Whether a catalog unit counts things: neither an amount of money nor a %. */
const countsThings = (unitVi: string) => moneyScale(unitVi) === null && unitVi.trim() !== "%";

/** The catalog's unit, folded, as a counting word: its first part ("tổ chức/cá nhân" is "to chuc"). */
function unitWords(unitVi: string): string {
  return foldPhrase(unitVi.split("/")[0])
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The counting words a reader knows: the common ones and the catalog's units, longest first. */
export function countingVocabulary(catalog: CatalogIndicator[]): string[][] {
  const units = new Set(commonUnits);
  for (const indicator of catalog) {
    const unit = unitWords(indicator.unitVi);
    if (unit && countsThings(indicator.unitVi)) units.add(unit);
  }
  return [...units].map((u) => u.split(" ")).sort((a, b) => b.length - a.length);
}

/** The counting word right after a number (its first words of context), or null when none stands there. */
export function countingWordAfter(right: ContextWord[], vocabulary: string[][]): string | null {
  const first = right.filter((w) => w.distance < 3).map((w) => w.word);
  const found = vocabulary.find((unit) => unit.every((word, i) => first[i] === word));
  return found ? found.join(" ") : null;
}

export interface CountingOptions {
  /** Only an amount or a % refuses a counted number: a part of a total's breakdown (its word names a category), or a number a reviewer assigned. */
  lenient?: boolean;
  /** Counting words the indicator's own templates and aliases print after it ("{tel.fixed_subscribers} máy"). */
  printed?: ReadonlySet<string>;
}

/** The counting words each indicator's cues print after its number: its templates and aliases say how it is counted. */
export function countingWordsOfCues(
  cues: { indicator: string; right: string[]; negative: boolean }[],
  vocabulary: string[][],
): Map<string, Set<string>> {
  const printed = new Map<string, Set<string>>();
  for (const cue of cues) {
    const counting = cue.negative
      ? null
      : countingWordAfter(
          cue.right.map((word, distance) => ({ word, distance })),
          vocabulary,
        );
    if (counting) printed.set(cue.indicator, (printed.get(cue.indicator) ?? new Set()).add(counting));
  }
  return printed;
}

/**
 * Whether a number followed by `counting` (or by no counting word: null) may state an indicator
 * of unit `unitVi`. In a total's breakdown the word after a part names its category ("479 chứng
 * thư (453 tổ chức, 26 cá nhân)"), so there only an amount or a % refuses a counted number.
 */
export function countingWordFits(
  counting: string | null | undefined,
  unitVi: string,
  { lenient = false, printed }: CountingOptions = {},
): boolean {
  if (!counting) return true;
  if (!countsThings(unitVi)) return false;
  if (lenient || printed?.has(counting)) return true;
  const unit = unitWords(unitVi);
  if (counting === unit || unit.startsWith(`${counting} `) || counting.startsWith(`${unit} `)) return true;
  return sameThing.some((words) => words.includes(counting) && words.includes(unit));
}

/** Whether the words of `text` from `at` start with a counting word: "2023 hồ sơ" counts dossiers, "2023," is a year. */
export function countingWordAt(text: string, at: number, vocabulary: string[][]): boolean {
  const words = [...text.slice(at, at + 40).matchAll(/[a-z]+|[^a-z\s]/g)].map((m) => m[0]);
  return (
    countingWordAfter(
      words.map((word, distance) => ({ word, distance })),
      vocabulary,
    ) !== null
  );
}
