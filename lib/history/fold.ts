// Reports come with and without diacritics (OCR output, typed without a Vietnamese keyboard), so
// text is matched folded: NFC, diacritics stripped, đ -> d, lower case, runs of spaces collapsed.
// Positions found in the folded text are mapped back to the original through `origin`.

export interface FoldedText {
  /** The folded text; newlines are kept (headings and paragraphs are found by them). */
  text: string;
  /** For each folded character, the index of the original character it came from. */
  origin: Int32Array;
}

const dashes = /[‐‑‒–—―]/u;
const combining = /[\u0300-\u036f]/gu;
const foldCache = new Map<string, string>();

function foldChar(c: string): string {
  let folded = foldCache.get(c);
  if (folded === undefined) {
    folded =
      c === "đ" || c === "Đ" ? "d" : dashes.test(c) ? "-" : c.normalize("NFD").replace(combining, "").toLowerCase();
    if (foldCache.size < 4096) foldCache.set(c, folded);
  }
  return folded;
}

export function foldText(original: string): FoldedText {
  // Characters are collected in an array: taking one back off a growing string copies it whole.
  const chars: string[] = [];
  const origin: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < original.length; i++) {
    const c = original[i];
    if (c === "\n") {
      // A line break swallows the space (or the line break) before it.
      if (lastWasSpace) {
        chars.pop();
        origin.pop();
      }
      chars.push("\n");
      origin.push(i);
      lastWasSpace = true;
      continue;
    }
    if (/\s/u.test(c)) {
      if (!lastWasSpace) {
        chars.push(" ");
        origin.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    const folded = foldChar(c);
    if (!folded) continue;
    for (const f of folded) {
      chars.push(f);
      origin.push(i);
    }
    lastWasSpace = false;
  }
  return { text: chars.join(""), origin: Int32Array.from(origin) };
}

/** A phrase folded the same way, on one line: "Cáp quang  treo" -> "cap quang treo". */
export function foldPhrase(phrase: string): string {
  return foldText(phrase.normalize("NFC")).text.replace(/\s+/g, " ").trim();
}

/** The original [start, end) of a folded [start, end). */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.origin[start], end: folded.origin[end - 1] + 1 };
}
