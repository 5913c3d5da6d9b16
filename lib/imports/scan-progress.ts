import "server-only";
import { db } from "@/lib/db/client";

// How far OCR has read a scan being uploaded, page by page, for the upload page to show while it
// waits: the page names the reading by a random token, and only its user may ask. In the database
// (ScanProgress), since the page's question may reach another web process than the one reading;
// rows are kept a few minutes.

const keepSeconds = 5 * 60;

/** Records that `done` of `total` pages of the user's scan `token` are read (in the background: a failure is only logged). */
export function reportScanProgress(token: string, userId: string, done: number, total: number): void {
  const write = async () => {
    await db()
      .$executeRaw`DELETE FROM "ScanProgress" WHERE "updatedAt" < now() - make_interval(secs => ${keepSeconds})`;
    await db().$executeRaw`
      INSERT INTO "ScanProgress" (token, "userId", done, total) VALUES (${token}, ${userId}, ${done}, ${total})
      ON CONFLICT (token) DO UPDATE SET done = GREATEST("ScanProgress".done, excluded.done), total = excluded.total, "updatedAt" = now()
      WHERE "ScanProgress"."userId" = excluded."userId"`;
  };
  write().catch((error: unknown) => console.error("The scan's progress could not be recorded:", error));
}

/** The pages read so far of the user's scan, or null when none is known. */
export async function scanProgress(token: string, userId: string): Promise<{ done: number; total: number } | null> {
  const rows = await db().$queryRaw<{ done: number; total: number }[]>`
    SELECT done, total FROM "ScanProgress"
    WHERE token = ${token} AND "userId" = ${userId} AND "updatedAt" >= now() - make_interval(secs => ${keepSeconds})`;
  return rows[0] ?? null;
}
