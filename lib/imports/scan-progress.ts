import "server-only";

// How far OCR has read a scan being uploaded, page by page, for the upload page to show while it
// waits: the page names the reading by a random token, and only its user may ask. Held in this
// process, a few minutes at most: behind several app processes a question may reach another
// one, which answers "not known" and the page keeps its per-file bar. Kept on globalThis: Next
// bundles server actions and route handlers apart, each with its own copy of this module.

const keepMs = 5 * 60_000;

interface Progress {
  userId: string;
  done: number;
  total: number;
  at: number;
}

const shared = globalThis as typeof globalThis & { ictScanProgress?: Map<string, Progress> };
const progress = (shared.ictScanProgress ??= new Map<string, Progress>());

function forgetOld(now: number): void {
  for (const [token, entry] of progress) if (now - entry.at > keepMs) progress.delete(token);
}

/** Records that `done` of `total` pages of the user's scan `token` are read. */
export function reportScanProgress(token: string, userId: string, done: number, total: number): void {
  const now = Date.now();
  forgetOld(now);
  progress.set(token, { userId, done, total, at: now });
}

/** The pages read so far of the user's scan, or null when none is known. */
export function scanProgress(token: string, userId: string): { done: number; total: number } | null {
  const entry = progress.get(token);
  return entry && entry.userId === userId ? { done: entry.done, total: entry.total } : null;
}
