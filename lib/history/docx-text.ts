import JSZip from "jszip";

// The text of a Word file as a reader sees it: the paragraphs of word/document.xml in order (table
// cells included, each cell's paragraphs in turn), runs joined, a blank line between paragraphs.

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return entities[entity.toLowerCase()];
  });
}

/** One paragraph's text: its runs' w:t, with w:tab as a tab and w:br as a line break. */
function paragraphText(xml: string): string {
  let text = "";
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>/g)) {
    if (m[1] !== undefined) text += decodeXml(m[1]);
    else text += m[0].startsWith("<w:tab") ? "\t" : "\n";
  }
  return text;
}

/** The paragraphs of a .docx (already checked against the zip limits). */
export async function docxText(bytes: Uint8Array): Promise<string | null> {
  let xml: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    const document = zip.file("word/document.xml");
    if (!document) return null;
    xml = await document.async("string");
  } catch {
    return null;
  }
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)]
    .map((m) => paragraphText(m[1]).trim())
    .filter(Boolean)
    .join("\n\n");
}
