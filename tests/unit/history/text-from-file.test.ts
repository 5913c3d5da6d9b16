import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { ocrReady } from "@/lib/history/ocr";
import { describeReportFileProblem, reportFileLimits, textFromFile } from "@/lib/history/text-from-file";
import { pdfWithText } from "../../support/pdf-fixture";

const report = [
  "BÁO CÁO",
  "Kết quả công tác tháng 6 năm 2023",
  "Toàn tỉnh có 1.222 trạm thu, phát sóng thông tin di động (BTS).",
];

async function docxOf(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe("text from a .txt", () => {
  it("reads UTF-8, with or without a BOM, as NFC with \\n line ends", async () => {
    const bytes = new TextEncoder().encode("\ufeffBÁO CÁO\r\nTháng 6 năm 2023");
    expect(await textFromFile("bao-cao.txt", bytes)).toEqual({
      ok: true,
      text: "BÁO CÁO\nTháng 6 năm 2023",
      pages: [],
    });
    const decomposed = new TextEncoder().encode("tha\u0301ng 6");
    expect(await textFromFile("a.TXT", decomposed)).toEqual({ ok: true, text: "tháng 6", pages: [] });
  });

  it("reads UTF-16 with its BOM, little and big endian", async () => {
    const text = "Cấp 49 Giấy phép xuất bản";
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]);
    expect(await textFromFile("a.txt", le)).toEqual({ ok: true, text, pages: [] });
    expect(await textFromFile("a.txt", be)).toEqual({ ok: true, text, pages: [] });
  });

  it("refuses files over the limit, other kinds and empty ones", async () => {
    expect(await textFromFile("a.txt", new Uint8Array(reportFileLimits.fileBytes + 1))).toEqual({
      ok: false,
      reason: "too_large",
    });
    expect(await textFromFile("a.doc", new Uint8Array([1, 2, 3]))).toEqual({ ok: false, reason: "unsupported" });
    expect(await textFromFile("a.txt", new TextEncoder().encode("  \n "))).toEqual({ ok: false, reason: "empty" });
  });
});

describe("text from a .docx", () => {
  it("gives the paragraphs in order, table cells included, a blank line between paragraphs", async () => {
    const header = new Table({
      rows: [
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph("UBND TỈNH TRÀ VINH")] }),
            new TableCell({
              children: [
                new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                new Paragraph("Độc lập - Tự do & Hạnh phúc"),
              ],
            }),
          ],
        }),
      ],
    });
    const bytes = await docxOf([
      header,
      new Paragraph({ children: [new TextRun("BÁO "), new TextRun({ text: "CÁO", bold: true })] }),
      new Paragraph(report[1]),
      new Paragraph(""),
      new Paragraph(report[2]),
    ]);
    expect(await textFromFile("Báo cáo.docx", bytes)).toEqual({
      ok: true,
      text: [
        "UBND TỈNH TRÀ VINH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do & Hạnh phúc",
        "BÁO CÁO",
        report[1],
        report[2],
      ].join("\n\n"),
      pages: [],
    });
  });

  it("refuses a file that is not a Word document, and one that unpacks beyond the limits", async () => {
    expect(await textFromFile("a.docx", new TextEncoder().encode("not a zip"))).toEqual({
      ok: false,
      reason: "not_docx",
    });
    const zip = new JSZip();
    zip.file("other.xml", "<x/>");
    expect(await textFromFile("a.docx", await zip.generateAsync({ type: "uint8array" }))).toEqual({
      ok: false,
      reason: "not_docx",
    });
    // The zip limits apply before anything is unpacked: here, more entries than a document has.
    const crowded = new JSZip();
    for (let i = 0; i <= reportFileLimits.entries; i++) crowded.file(`word/media/${i}.xml`, "");
    expect(await textFromFile("a.docx", await crowded.generateAsync({ type: "uint8array" }))).toEqual({
      ok: false,
      reason: "too_large",
    });
  });
});

describe("text from a .pdf", () => {
  it("reads the text layer, Vietnamese included", async () => {
    const read = await textFromFile("bao-cao.pdf", pdfWithText(report));
    expect(read).toEqual({ ok: true, text: report.join("\n"), pages: [] });
  });

  it("reads a PDF without a text layer by OCR: a blank scan has no text; without Tesseract it says how to install it", async () => {
    const ready = await ocrReady();
    expect(await textFromFile("scan.pdf", pdfWithText([]))).toEqual({
      ok: false,
      reason: ready ? "empty" : "ocr_missing",
    });
    expect(describeReportFileProblem("ocr_missing", "en")).toContain(
      "sudo apt-get install -y tesseract-ocr tesseract-ocr-vie poppler-utils",
    );
    expect(describeReportFileProblem("ocr_missing", "vi")).toContain("bản quét");
  });

  it("refuses a damaged PDF", async () => {
    expect(await textFromFile("a.pdf", new TextEncoder().encode("%PDF-1.4 broken"))).toEqual({
      ok: false,
      reason: "unreadable",
    });
  });
});
