import { printableParagraphs } from "./page";
import type { ReportContent, ReportParagraph } from "./types";

/**
 * The paragraphs a signed report keeps: the ones its draft printed, with their text, without the
 * marks that only mean something while drafting (edited, stale, updated, missing figures, a part
 * still to write), so the signed report shows and prints exactly what was signed.
 */
export function signedParagraphs(content: ReportContent): ReportParagraph[] {
  return printableParagraphs(content).map(({ edited, stale, updated, missing, placeholder, ...kept }) => kept);
}
