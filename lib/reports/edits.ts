import type { ReportContent, ReportParagraph } from "./types";

export type ParagraphEdit = Pick<ReportParagraph, "key" | "style" | "text" | "edited">;

/**
 * The drafter's paragraphs (edited, reordered, removed, added) over the stored draft: a changed
 * text is marked edited and no longer flagged; a figure's sentence added from the coverage list
 * (`gen:<code>`, its text as composed) states that figure like a composed one.
 */
export function applyEdits(content: ReportContent, edits: ParagraphEdit[]): ReportContent {
  const before = new Map(content.paragraphs.map((p) => [p.key, p]));
  const figures = new Map((content.figures ?? []).map((f) => [f.code, f]));
  const paragraphs = edits.map((p): ReportParagraph => {
    const old = before.get(p.key);
    if (!old) {
      const figure = figures.get(p.key.split(":")[1] ?? "");
      if (p.key.startsWith("gen:") && figure && figure.sentence === p.text)
        return { key: p.key, style: "body", text: p.text, states: [figure.code] };
      return { key: p.key, style: p.style, text: p.text, edited: true };
    }
    const edited = !!p.edited || old.text !== p.text || !!old.edited;
    return {
      ...old,
      key: p.key,
      style: p.style,
      text: p.text,
      edited,
      stale: edited ? old.stale && old.text === p.text : false,
      missing: edited ? undefined : old.missing,
    };
  });
  return { ...content, paragraphs };
}
