import { execFile, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

// Scanned reports read by OCR: Debian's Tesseract with its Vietnamese data, each page of a PDF
// without a text layer rendered at 300 dpi by poppler's pdftoppm first. Both run as child
// processes, one scan at a time, each page with a deadline; where they are missing, scans are
// refused with the command that installs them and everything else works.

export const ocrLimits = { pages: 50, dpi: 300, secondsPerPage: 60, previewDpi: 60 } as const;

/** What installs OCR on Debian or Ubuntu. */
export const ocrInstallCommand = "sudo apt-get install -y tesseract-ocr tesseract-ocr-vie poppler-utils";

const run = promisify(execFile);
let ready: Promise<boolean> | null = null;

/** Whether Tesseract with Vietnamese and pdftoppm are on this machine (asked once per process). */
export function ocrReady(): Promise<boolean> {
  ready ??= (async () => {
    try {
      const [{ stdout, stderr }] = await Promise.all([run("tesseract", ["--list-langs"]), run("pdftoppm", ["-v"])]);
      return /^vie$/m.test(`${stdout}\n${stderr}`);
    } catch {
      return false;
    }
  })();
  return ready;
}

// One scan at a time: Tesseract takes a core or more per page.
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * The text of one page image, in Vietnamese: a file's path, or the bytes of a PNG, JPEG or TIFF.
 * One thread: Tesseract's own threads only spin against each other on a busy server (3 s a page
 * alone, 10 s beside other work, where one thread takes 2 s).
 */
function recognise(image: Uint8Array | string): Promise<string> {
  return new Promise((resolve, reject) => {
    const input = typeof image === "string" ? image : "stdin";
    const child = spawn("tesseract", [input, "stdout", "-l", "vie", "--psm", "3"], {
      stdio: ["pipe", "pipe", "ignore"],
      env: { ...process.env, OMP_THREAD_LIMIT: "1" },
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), ocrLimits.secondsPerPage * 1000);
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(chunks).toString("utf8"));
      else reject(new Error(`tesseract stopped (${code ?? "killed"})`));
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(typeof image === "string" ? undefined : image);
  });
}

/** The text of a scanned image. */
export function ocrImage(image: Uint8Array): Promise<string> {
  return oneAtATime(() => recognise(image));
}

/** A scanned page read: its text, and a small grayscale PNG of it for the review. */
export interface OcrPage {
  text: string;
  preview: Uint8Array;
}

export type OcrPdf = { ok: true; pages: OcrPage[] } | { ok: false; reason: "too_many_pages" };

/** The text of each page of a PDF without a text layer, page by page; `onPage` hears of each page read. */
export function ocrPdf(pdf: Uint8Array, onPage?: (done: number, total: number) => void): Promise<OcrPdf> {
  return oneAtATime(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ict-ocr-"));
    try {
      const file = path.join(dir, "scan.pdf");
      await writeFile(file, pdf);
      const pages = Number(/^Pages:\s+(\d+)/m.exec((await run("pdfinfo", [file])).stdout)?.[1] ?? 0);
      if (pages > ocrLimits.pages) return { ok: false, reason: "too_many_pages" };
      const read: OcrPage[] = [];
      onPage?.(0, pages);
      for (let page = 1; page <= pages; page++) {
        const render = (dpi: number, format: string[], name: string) =>
          run(
            "pdftoppm",
            [
              "-r",
              String(dpi),
              "-gray",
              ...format,
              "-f",
              String(page),
              "-l",
              String(page),
              "-singlefile",
              file,
              path.join(dir, name),
            ],
            { timeout: ocrLimits.secondsPerPage * 1000 },
          );
        // An uncompressed grayscale image (PGM) for OCR: a PNG's compression took longer than the rendering.
        await render(ocrLimits.dpi, [], "page");
        const text = await recognise(path.join(dir, "page.pgm"));
        await render(ocrLimits.previewDpi, ["-png"], "preview");
        read.push({ text, preview: new Uint8Array(await readFile(path.join(dir, "preview.png"))) });
        onPage?.(page, pages);
      }
      return { ok: true, pages: read };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
