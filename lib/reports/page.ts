import { romanNumeral } from "@/lib/periods/labels";
import type { ReportContent, ReportParagraph } from "./types";

// What goes on paper (Word, print, the signed report): never a sentence with a missing figure
// unless a person wrote it, never an empty placeholder, no heading of a part with nothing under
// it, and the parts that remain numbered in order (I, II, …; 1, 2, … within each).

const level = (p: ReportParagraph) => (p.style === "heading1" ? 1 : p.style === "heading2" ? 2 : 3);

function hasBody(paragraphs: ReportParagraph[], at: number): boolean {
  for (let i = at + 1; i < paragraphs.length; i++) {
    if (paragraphs[i].style === "body") return true;
    if (level(paragraphs[i]) <= level(paragraphs[at])) return false;
  }
  return false;
}

function renumbered(p: ReportParagraph, pattern: RegExp, number: string): ReportParagraph {
  return pattern.test(p.text) ? { ...p, text: p.text.replace(pattern, `${number}. `) } : p;
}

export function printableParagraphs(content: ReportContent): ReportParagraph[] {
  const written = content.paragraphs.filter(
    (p) => (p.edited || !p.missing?.length) && (p.text.trim() !== "" || p.style !== "body"),
  );
  const kept = written.filter((p, i) => p.style === "body" || hasBody(written, i));
  let part = 0;
  let item = 0;
  return kept.map((p) => {
    if (p.style === "heading1") {
      item = 0;
      return renumbered(p, /^[IVXLC]+\.\s+/, romanNumeral(++part));
    }
    return p.style === "heading2" ? renumbered(p, /^\d+\.\s+/, String(++item)) : p;
  });
}
