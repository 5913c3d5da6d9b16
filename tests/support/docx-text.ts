import JSZip from "jszip";

const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };

/** The text of a DOCX as a reader sees it: one line per paragraph, runs joined. */
export async function docxText(docx: Buffer | ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file("word/document.xml")!.async("string");
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""))
    .map((line) => line.replace(/&(amp|lt|gt|quot|apos);/g, (e) => entities[e]))
    .join("\n");
}

/** Whether a printed figure stands in the text as a number of its own ("5" not inside "15" or "5,2"; "05" counts as "5"). */
export function statesNumber(text: string, printed: string): boolean {
  const escaped = printed.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\d.,])0?${escaped}(?![\\d]|[.,]\\d)`).test(text);
}
