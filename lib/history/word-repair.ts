// Words an OCR damaged, repaired to the word the cues know: one letter swapped, lost or added
// ("thue" for "thuê" is folded away already; "chimg" is "chung"'s neighbour, "tmng" "trung"'s),
// and digits read for letters inside a word ("s6" for "số"). Only what cannot be a Vietnamese
// syllable is repaired ("trung" stays, though "trang" is one letter away), and only to a single
// known word; short words, which have many neighbours, are left alone.

/** Shorter words are too ambiguous to repair. */
const minimumLength = 4;
/** Letter groups an OCR reads for others: "rn" for "m", "im" for "un" ("chimg" for "chứng"). */
const confusions: [string, string][] = [
  ["rn", "m"],
  ["m", "rn"],
  ["im", "un"],
  ["in", "un"],
  ["ii", "u"],
  ["cl", "d"],
  ["li", "h"],
];
/** Letters an OCR reads as digits inside words. */
const digitLetters: Record<string, string> = { "0": "o", "1": "i", "5": "s", "6": "o", "8": "b" };

/** A folded Vietnamese syllable: an onset, a vowel nucleus and a final consonant or glide. */
const syllable = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

export function isSyllable(word: string): boolean {
  return syllable.test(word);
}

export interface WordRepair {
  known: ReadonlySet<string>;
  /** Each single-letter deletion of a known word, and the known words it comes from. */
  deletions: Map<string, string[]>;
}

function deletionsOf(word: string): string[] {
  return Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
}

export function compileWordRepair(words: Iterable<string>): WordRepair {
  const known = new Set(words);
  const deletions = new Map<string, string[]>();
  for (const word of known) {
    if (word.length < minimumLength) continue;
    for (const deleted of new Set(deletionsOf(word))) deletions.set(deleted, [...(deletions.get(deleted) ?? []), word]);
  }
  return { known, deletions };
}

/** Whether two words are one edit apart: a letter swapped, lost, added, or two neighbours exchanged. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The known word a damaged word stands for, or the word itself when it is known, short, or could be several. */
export function repairWord(word: string, repair: WordRepair): string {
  if (repair.known.has(word)) return word;
  if (/\d/.test(word) && /[a-z]/.test(word)) {
    const lettered = word.replace(/\d/g, (d) => digitLetters[d] ?? d);
    if (repair.known.has(lettered)) return lettered;
    word = lettered;
  }
  if (word.length < minimumLength || /\d/.test(word) || isSyllable(word)) return word;
  const confused = new Set(
    confusions
      .flatMap(([seen, meant]) =>
        [...word.matchAll(new RegExp(seen, "g"))].map(
          (m) => word.slice(0, m.index) + meant + word.slice(m.index + seen.length),
        ),
      )
      .filter((w) => repair.known.has(w)),
  );
  if (confused.size === 1) return [...confused][0];
  const candidates = new Set<string>();
  for (const key of [word, ...deletionsOf(word)])
    for (const known of repair.deletions.get(key) ?? []) if (oneEditApart(word, known)) candidates.add(known);
  for (const deleted of deletionsOf(word))
    if (repair.known.has(deleted) && deleted.length >= minimumLength) candidates.add(deleted);
  return candidates.size === 1 ? [...candidates][0] : word;
}
