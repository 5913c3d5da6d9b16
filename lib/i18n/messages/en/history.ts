import type { fileProblemMessages as vi } from "../vi/history";

export const fileProblemMessages: typeof vi = {
  too_large: "The file is too large (at most {megabytes} MB).",
  unsupported: "Only .docx, .pdf, .txt files and scanned images (.png, .jpg, .tif) can be read.",
  not_docx: "This .docx cannot be opened (damaged, or not a Word file).",
  ocr_missing:
    "This file is a scan: it needs OCR, and the server has no Tesseract. An administrator installs it with: {command} — or paste the text.",
  ocr_failed: "No text could be recognised in this scan: scan it again more clearly, or paste the text.",
  too_many_pages: "The scan has more than {pages} pages: split it into several files.",
  unreadable: "This PDF cannot be read (damaged or password-protected).",
  empty: "The file has no text.",
};
