import { extractText, getDocumentProxy } from "unpdf";

// The text layer of a PDF (pdf.js's serverless build through unpdf: pure JavaScript), pages in
// order with a blank line between them. A scan has no text layer: too few letters to be a report.

/** Fewer letters than this and the PDF is taken for a scan. */
const minimumLetters = 40;

export type PdfText = { ok: true; text: string } | { ok: false; reason: "no_text_layer" | "unreadable" };

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  let pages: string[];
  try {
    // pdf.js may take over the buffer it is given: it gets a copy.
    const document = await getDocumentProxy(new Uint8Array(bytes));
    pages = (await extractText(document, { mergePages: false })).text;
    await document.destroy();
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  const text = pages.map((page) => page.trim()).join("\n\n");
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters < minimumLetters ? { ok: false, reason: "no_text_layer" } : { ok: true, text };
}
