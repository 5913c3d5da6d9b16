import "server-only";
import { readForm } from "@/lib/api/input";
import { AppError } from "@/lib/errors";
import {
  describeReportFileProblem,
  textFromFile,
  type ScannedPage,
  type TextFromFileOptions,
} from "@/lib/history/text-from-file";
import { isStorableText } from "@/lib/forms/storable";
import { fill, getDictionary, type Locale } from "@/lib/i18n/dictionary";
import { importLimits } from "./schema";

// A past report's text from an upload: a .docx, .pdf or .txt file (kept only as its text), or
// pasted text. The limits are checked before reading, the bytes as they arrive.

/** A multipart body of at most one report file and its few fields; larger is refused (413) as it arrives. */
export function readUploadForm(request: Request) {
  return readForm(request, importLimits.fileBytes + 100_000);
}

/** The text of the upload: the file's (by its name's extension; a scan's by OCR, page by page), else the pasted text; refused beside `file` with the reason. */
export async function textOfUpload(
  input: { file?: Blob; text?: string },
  locale: Locale,
  options: TextFromFileOptions = {},
): Promise<{ text: string; fileName?: string; pages: ScannedPage[] }> {
  const t = getDictionary(locale).history;
  const refuse = (message: string) => new AppError("invalid", [{ path: "file", message }]);
  const file = input.file && input.file.size > 0 ? input.file : undefined;
  if (!file) {
    if (input.text?.trim()) return { text: input.text.normalize("NFC").replace(/\r\n?/g, "\n"), pages: [] };
    throw refuse(t.textOrFile);
  }
  const fileName = (file instanceof File ? file.name : "").trim().slice(0, 255) || "report.txt";
  if (file.size > importLimits.fileBytes)
    throw refuse(fill(t.fileTooLarge, { mb: importLimits.fileBytes / 1_000_000 }));
  const read = await textFromFile(fileName, new Uint8Array(await file.arrayBuffer()), options);
  if (!read.ok) throw refuse(describeReportFileProblem(read.reason, locale));
  if (read.text.length > importLimits.textChars) throw refuse(fill(t.textTooLong, { chars: importLimits.textChars }));
  if (!isStorableText(read.text)) throw refuse(getDictionary(locale).validation.nul);
  return { text: read.text, fileName, pages: read.pages };
}
