import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// Scans made as a scanner makes them, for the OCR's tests and its benchmark (npm run eval:import):
// a report's text laid out on A4 pages (Chromium prints the HTML to a PDF), each page rendered to
// an image at 300 dpi (poppler's pdftoppm), and the images wrapped in a PDF with no text layer.

const run = promisify(execFile);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Scan {
  /** The first page as a grayscale PNG. */
  png: Buffer;
  /** Every page as a PDF holding only their JPEG images. */
  pdf: Buffer;
  pages: number;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The width, height and colour components of a JPEG, from its frame header. */
function jpegSize(jpeg: Buffer): { width: number; height: number; components: number } {
  for (let at = 2; at < jpeg.length;) {
    const marker = jpeg[at + 1];
    const length = jpeg.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xc3)
      return { height: jpeg.readUInt16BE(at + 5), width: jpeg.readUInt16BE(at + 7), components: jpeg[at + 9] };
    at += 2 + length;
  }
  throw new Error("no JPEG frame header");
}

/** A PDF whose pages are only JPEG images, each filling an A4 page. */
export function pdfOfImages(jpegs: Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n")];
  const offsets: number[] = [];
  const size = () => parts.reduce((n, p) => n + p.length, 0);
  const add = (body: Buffer | string) => {
    offsets.push(size());
    parts.push(Buffer.isBuffer(body) ? body : Buffer.from(body, "latin1"));
  };
  // Objects: 1 catalog, 2 pages, then per page its page, image and content (3 + 3i …).
  const page = (i: number) => 3 + 3 * i;
  add("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
  add(
    `2 0 obj << /Type /Pages /Kids [${jpegs.map((_, i) => `${page(i)} 0 R`).join(" ")}] /Count ${jpegs.length} >> endobj\n`,
  );
  const content = "q 595 0 0 842 0 0 cm /Im0 Do Q";
  jpegs.forEach((jpeg, i) => {
    const { width, height, components } = jpegSize(jpeg);
    add(
      `${page(i)} 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 ${page(i) + 1} 0 R >> >> /Contents ${page(i) + 2} 0 R >> endobj\n`,
    );
    const head = `${page(i) + 1} 0 obj << /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${components === 1 ? "DeviceGray" : "DeviceRGB"} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >> stream\n`;
    add(Buffer.concat([Buffer.from(head), jpeg, Buffer.from("\nendstream endobj\n")]));
    add(`${page(i) + 2} 0 obj << /Length ${content.length} >> stream\n${content}\nendstream endobj\n`);
  });
  const xrefAt = size();
  const count = offsets.length + 1;
  const xref = [
    "xref",
    `0 ${count}`,
    "0000000000 65535 f ",
    ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n `),
    `trailer << /Size ${count} /Root 1 0 R >>`,
    "startxref",
    String(xrefAt),
    "%%EOF",
  ].join("\n");
  return Buffer.concat([...parts, Buffer.from(xref)]);
}

/** Whether scans can be made here: Chromium and pdftoppm. */
export async function canMakeScans(): Promise<boolean> {
  try {
    await Promise.all([run(chromium, ["--version"]), run("pdftoppm", ["-v"])]);
    return true;
  } catch {
    return false;
  }
}

/** The given paragraphs printed on A4 pages and scanned at 300 dpi. */
export async function scanOf(paragraphs: string[]): Promise<Scan> {
  const dir = await mkdtemp(path.join(tmpdir(), "make-scan-"));
  try {
    const html = `<html><head><meta charset="utf-8"><style>@page{size:A4}body{font-family:"DejaVu Serif",serif;font-size:13pt;margin:2cm;line-height:1.4}</style></head><body>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</body></html>`;
    await writeFile(path.join(dir, "page.html"), html);
    await run(
      chromium,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-pdf-header-footer",
        `--user-data-dir=${path.join(dir, "profile")}`,
        `--print-to-pdf=${path.join(dir, "page.pdf")}`,
        path.join(dir, "page.html"),
      ],
      { timeout: 60_000 },
    );
    const printed = path.join(dir, "page.pdf");
    await run("pdftoppm", [
      "-r",
      "300",
      "-gray",
      "-png",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      printed,
      path.join(dir, "first"),
    ]);
    await run("pdftoppm", ["-r", "300", "-gray", "-jpeg", printed, path.join(dir, "scan")]);
    const jpegs = (await readdir(dir))
      .filter((f) => /^scan-\d+\.jpg$/.test(f))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    return {
      png: await readFile(path.join(dir, "first.png")),
      pdf: pdfOfImages(await Promise.all(jpegs.map((f) => readFile(path.join(dir, f))))),
      pages: jpegs.length,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
