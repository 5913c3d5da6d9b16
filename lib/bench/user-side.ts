import { chromium } from "@playwright/test";
import { loadCatalogFiles } from "@/lib/catalog/load-files";
import { readReport } from "@/lib/history/reader";
import { loadSeedCases, thirtyPages } from "@/lib/history/seed-keys";
import { percentiles } from "./percentiles";

// What a user waits for, measured as they meet it: the overview in Chromium until its last chart
// is drawn, a year report's draft and its Word file, and the reading of a 30-page past report.

export interface Timing {
  p50: number;
  p95: number;
  max: number;
}

function timing(samples: number[]): Timing {
  const at = percentiles(samples);
  return { p50: at(50), p95: at(95), max: at(100) };
}

/** Done: no skeleton left, the tiles are there, and every chart's frame holds its drawn SVG. */
function overviewDrawn(): boolean {
  const frames = [...document.querySelectorAll('[data-testid="chart"] [role="img"]')];
  const tiles = document.querySelectorAll('main [data-testid^="tile-"]').length;
  return (
    document.querySelectorAll("main .animate-pulse").length === 0 &&
    tiles > 0 &&
    frames.every((frame) => frame.querySelector("svg.recharts-surface"))
  );
}

/** From navigation to the last chart drawn, in a signed-in Chromium, `runs` times after a first visit. */
export async function overviewInChromium(
  base: string,
  cookie: string,
  path: string,
  runs = 10,
): Promise<Timing & { charts: number }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: "vi-VN" });
    await context.addCookies(
      cookie.split("; ").map((pair) => ({
        name: pair.slice(0, pair.indexOf("=")),
        value: pair.slice(pair.indexOf("=") + 1),
        url: base,
      })),
    );
    const page = await context.newPage();
    const samples: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const started = performance.now();
      await page.goto(base + path, { waitUntil: "commit" });
      await page.waitForFunction(overviewDrawn, undefined, { polling: "raf", timeout: 30_000 });
      if (run > 0) samples.push(performance.now() - started); // the first visit compiles and caches
    }
    const charts = await page.locator('[data-testid="chart"]').count();
    return { ...timing(samples), charts };
  } finally {
    await browser.close();
  }
}

/** A year report's draft composed and stored (POST /api/v1/reports), then its Word file built (…/docx). */
export async function yearReportAndDocx(base: string, token: string, org: string, runs = 10): Promise<Timing> {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json", origin: base };
  const samples: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    const created = await fetch(`${base}/api/v1/reports`, {
      method: "POST",
      headers,
      body: JSON.stringify({ org, kind: "year", period: "2025" }),
    });
    if (created.status !== 201) throw new Error(`year report: ${created.status} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };
    const docx = await fetch(`${base}/api/v1/reports/${id}/docx`, { headers });
    if (!docx.ok) throw new Error(`year report's DOCX: ${docx.status}`);
    await docx.arrayBuffer();
    if (run > 0) samples.push(performance.now() - started);
  }
  return timing(samples);
}

/** The reader on about 30 pages of the real reports' text (lib/history/seed-keys.ts). */
export async function readThirtyPages(runs = 5): Promise<Timing> {
  const { indicators: catalog } = await loadCatalogFiles();
  const text = thirtyPages(loadSeedCases());
  const samples: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const started = performance.now();
    readReport(text, { catalog });
    if (run > 0) samples.push(performance.now() - started);
  }
  return timing(samples);
}
