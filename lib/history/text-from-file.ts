import { checkZipLimits } from "@/lib/excel/zip-limits";
import { docxText } from "./docx-text";
import { pdfText } from "./pdf-text";

// A past report's text from the file a person uploads: .txt (UTF-8, or UTF-16 with its BOM),
// .docx (its paragraphs), .pdf (its text layer). The text is NFC with \n line ends: the positions
// the reader gives refer to it.

export const reportFileLimits = { fileBytes: 20_000_000, unpackedBytes: 100_000_000, entries: 2_000 } as const;

export type ReportFileProblem = "too_large" | "unsupported" | "not_docx" | "no_text_layer" | "unreadable" | "empty";

export type TextFromFile = { ok: true; text: string } | { ok: false; reason: ReportFileProblem };

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // TextDecoder drops a UTF-8 BOM itself.
  return new TextDecoder("utf-8").decode(bytes);
}

function tidy(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n");
}

export async function textFromFile(name: string, data: Uint8Array | ArrayBuffer): Promise<TextFromFile> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > reportFileLimits.fileBytes) return { ok: false, reason: "too_large" };
  const extension = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1].toLowerCase();
  let text: string;
  if (extension === "txt") text = decodeText(bytes);
  else if (extension === "docx") {
    const problem = checkZipLimits(bytes, reportFileLimits);
    if (problem) return { ok: false, reason: problem === "too_large" ? "too_large" : "not_docx" };
    const read = await docxText(bytes);
    if (read === null) return { ok: false, reason: "not_docx" };
    text = read;
  } else if (extension === "pdf") {
    const read = await pdfText(bytes);
    if (!read.ok) return read;
    text = read.text;
  } else return { ok: false, reason: "unsupported" };
  text = tidy(text);
  return text.trim() ? { ok: true, text } : { ok: false, reason: "empty" };
}

/** What to tell the person who uploaded the file. */
export function describeReportFileProblem(reason: ReportFileProblem, locale: "vi" | "en"): string {
  const megabytes = reportFileLimits.fileBytes / 1_000_000;
  const messages: Record<ReportFileProblem, [string, string]> = {
    too_large: [`Tệp quá lớn (tối đa ${megabytes} MB).`, `The file is too large (at most ${megabytes} MB).`],
    unsupported: ["Chỉ đọc được tệp .docx, .pdf (có lớp chữ) hoặc .txt.", "Only .docx, .pdf (with a text layer) and .txt files can be read."],
    not_docx: ["Tệp .docx này không mở được (hỏng hoặc không phải tệp Word).", "This .docx cannot be opened (damaged, or not a Word file)."],
    no_text_layer: [
      "Tệp PDF này không có lớp chữ (bản quét) — hãy nhận dạng chữ (OCR) trước hoặc dán nội dung báo cáo.",
      "This PDF has no text layer (a scan) — OCR it first or paste the text.",
    ],
    unreadable: ["Tệp PDF này không đọc được (hỏng hoặc có mật khẩu).", "This PDF cannot be read (damaged or password-protected)."],
    empty: ["Tệp không có nội dung chữ.", "The file has no text."],
  };
  return messages[reason][locale === "vi" ? 0 : 1];
}
