import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from "docx";
import { printableParagraphs } from "./page";
import { headerColumns } from "./header-lines";
import type { ReportContent, ReportParagraph } from "./types";

// The official layout (shared/domain/report-format.md, Nghị định 30/2020/NĐ-CP Phụ lục I):
// A4, margins 20/20/30/15 mm, Times New Roman 14 pt, borderless two-column header, page numbers
// from page 2, recipients and signature kept together.

const mm = (v: number) => Math.round((v / 25.4) * 1440);
const pt = (v: number) => v * 2;
const textWidth = 11906 - mm(30) - mm(15);
// Left about 42 %, right 58 %: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` needs 55-60 % not to wrap at 12-13 pt.
const left = Math.round(textWidth * headerColumns.left);
const right = textWidth - left;
const font = "Times New Roman";
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const cellBorders = { top: none, bottom: none, left: none, right: none };

function run(text: string, size: number, options: { bold?: boolean; italics?: boolean } = {}) {
  return new TextRun({ text, font, size: pt(size), ...options });
}

function centred(
  text: string,
  size: number,
  options: { bold?: boolean; italics?: boolean; underline?: boolean; after?: number } = {},
) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: options.after ?? 0 },
    children: [run(text, size, options)],
  });
}

/** A short solid line under a heading: a bottom border on an indented empty paragraph. */
function shortLine(width: number, lineLength: number) {
  const indent = Math.round((width - lineLength) / 2);
  return new Paragraph({
    indent: { left: indent, right: indent },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    spacing: { after: 60 },
    children: [],
  });
}

function cell(width: number, children: Paragraph[]) {
  // No cell padding: the columns' full widths are what header-lines.ts measures names against.
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: cellBorders,
    margins: { left: 0, right: 0 },
    children,
  });
}

function headerTable(content: ReportContent) {
  const h = content.header;
  const names = (h.organisationLines?.length ? h.organisationLines : [h.organisationName]).map((line) =>
    centred(line, 13, { bold: true }),
  );
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          cell(left, [centred(h.parentAuthority, 13), ...names, shortLine(left, Math.round(left * 0.4))]),
          cell(right, [
            centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, { bold: true }),
            centred("Độc lập - Tự do - Hạnh phúc", 13, { bold: true }),
            shortLine(right, Math.round(right * 0.62)),
          ]),
        ],
      }),
      new TableRow({
        children: [cell(left, [centred(h.numberLine, 13)]), cell(right, [centred(h.dateLine, 14, { italics: true })])],
      }),
    ],
  });
}

function bodyParagraph(p: ReportParagraph) {
  const heading = p.style !== "body";
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: heading ? 120 : 0, after: 120, line: 312 },
    keepNext: heading,
    children: [run(p.text, 14, { bold: heading })],
  });
}

function signatureTable(content: ReportContent) {
  const recipients = content.recipients.map(
    (r, i) =>
      new Paragraph({
        children: [run(`- ${r}${i === content.recipients.length - 1 ? "." : ";"}`, 11)],
        keepNext: true,
        keepLines: true,
      }),
  );
  const signer = [
    ...content.signer.lines.map((line) => centred(line, 14, { bold: true })),
    ...Array.from({ length: 4 }, () => new Paragraph({ children: [] })),
    centred(content.signer.name, 14, { bold: true }),
  ];
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, [
            new Paragraph({ keepNext: true, children: [run("Nơi nhận:", 12, { bold: true, italics: true })] }),
            ...recipients,
          ]),
          cell(right, signer),
        ],
      }),
    ],
  });
}

export async function buildReportDocx(content: ReportContent): Promise<Buffer> {
  const document = new Document({
    creator: "ICT Report Desk",
    title: `BÁO CÁO ${content.header.summary}`,
    styles: { default: { document: { run: { font, size: pt(14) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) },
          },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font, size: pt(13) })],
              }),
            ],
          }),
        },
        children: [
          headerTable(content),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          centred("BÁO CÁO", 14, { bold: true }),
          centred(content.header.summary, 14, { bold: true }),
          shortLine(textWidth, Math.round(textWidth * 0.25)),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          ...printableParagraphs(content).map(bodyParagraph),
          bodyParagraph({ key: "closing", style: "body", text: content.closing }),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          signatureTable(content),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
