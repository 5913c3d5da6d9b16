import { checkZipLimits } from "@/lib/excel/zip-limits";
import { docxText } from "./docx-text";
import { ocrImage, ocrInstallCommand, ocrLimits, ocrPdf, ocrReady } from "./ocr";
import { pdfText } from "./pdf-text";
import type { Locale } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/fill";
import { fileProblemMessages as en } from "@/lib/i18n/messages/en/history";
import { fileProblemMessages as vi } from "@/lib/i18n/messages/vi/history";

// A past report's text from the file a person uploads: .txt (UTF-8, or UTF-16 with its BOM),
// .docx (its paragraphs), .pdf (its text layer; a scan's pages by OCR), a scanned image (.png,
// .jpg, .tif: by OCR). The text is NFC with \n line ends: the positions the reader gives refer to it.

export const reportFileLimits = { fileBytes: 20_000_000, unpackedBytes: 100_000_000, entries: 2_000 } as const;

export type ReportFileProblem =
  "too_large" | "unsupported" | "not_docx" | "ocr_missing" | "ocr_failed" | "too_many_pages" | "unreadable" | "empty";

/** A page OCR read: its text and an image of it a browser shows (null for a TIFF). */
export interface ScannedPage {
  text: string;
  image: Uint8Array | null;
  imageType: "image/png" | "image/jpeg" | null;
}

/** The text, and the scanned pages OCR read to get it (none for a file with text). */
export type TextFromFile = { ok: true; text: string; pages: ScannedPage[] } | { ok: false; reason: ReportFileProblem };

export interface TextFromFileOptions {
  /** Hears of each scanned page read (0 of n before the first). */
  onPage?: (done: number, total: number) => void;
}

/** Scanned images OCR reads. */
export const imageExtensions = ["png", "jpg", "jpeg", "tif", "tiff"];

/** The image's type by its first bytes, when a browser shows it (a TIFF it does not). */
function browserImageType(bytes: Uint8Array): ScannedPage["imageType"] {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return null;
}

/** A scan's text by OCR, page by page, or why not. */
async function scanText(
  kind: "pdf" | "image",
  bytes: Uint8Array,
  { onPage }: TextFromFileOptions,
): Promise<TextFromFile> {
  if (!(await ocrReady())) return { ok: false, reason: "ocr_missing" };
  try {
    let pages: ScannedPage[];
    if (kind === "image") {
      onPage?.(0, 1);
      const imageType = browserImageType(bytes);
      pages = [{ text: tidy(await ocrImage(bytes)), image: imageType ? bytes : null, imageType }];
      onPage?.(1, 1);
    } else {
      const read = await ocrPdf(bytes, onPage);
      if (!read.ok) return read;
      pages = read.pages.map((page) => ({ text: tidy(page.text), image: page.preview, imageType: "image/png" }));
    }
    return { ok: true, text: pages.map((page) => page.text.trim()).join("\n\n"), pages };
  } catch {
    return { ok: false, reason: "ocr_failed" };
  }
}

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // TextDecoder drops a UTF-8 BOM itself.
  return new TextDecoder("utf-8").decode(bytes);
}

function tidy(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n");
}

export async function textFromFile(
  name: string,
  data: Uint8Array | ArrayBuffer,
  options: TextFromFileOptions = {},
): Promise<TextFromFile> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > reportFileLimits.fileBytes) return { ok: false, reason: "too_large" };
  const extension = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1].toLowerCase();
  let text: string;
  let pages: ScannedPage[] = [];
  if (extension === "txt") text = decodeText(bytes);
  else if (extension === "docx") {
    const problem = checkZipLimits(bytes, reportFileLimits);
    if (problem) return { ok: false, reason: problem === "too_large" ? "too_large" : "not_docx" };
    const read = await docxText(bytes);
    if (read === null) return { ok: false, reason: "not_docx" };
    text = read;
  } else if (extension === "pdf" || imageExtensions.includes(extension ?? "")) {
    // A PDF's text layer when it has one; a scan (no layer, or an image) by OCR.
    const layer = extension === "pdf" ? await pdfText(bytes) : ({ ok: false, reason: "no_text_layer" } as const);
    if (!layer.ok && layer.reason === "unreadable") return { ok: false, reason: "unreadable" };
    const read = layer.ok
      ? { ...layer, pages: [] }
      : await scanText(extension === "pdf" ? "pdf" : "image", bytes, options);
    if (!read.ok) return read;
    ({ text, pages } = read);
  } else return { ok: false, reason: "unsupported" };
  text = tidy(text);
  return text.trim() ? { ok: true, text, pages } : { ok: false, reason: "empty" };
}

const fileProblems = { vi, en };

/** What to tell the person who uploaded the file. */
export function describeReportFileProblem(reason: ReportFileProblem, locale: Locale): string {
  return fill(fileProblems[locale][reason], {
    megabytes: reportFileLimits.fileBytes / 1_000_000,
    command: ocrInstallCommand,
    pages: ocrLimits.pages,
  });
}
