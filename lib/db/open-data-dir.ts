import path from "node:path";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { backupsDirFor, latestBackup } from "./backup-file";
import { Refusal } from "./refusal";

/**
 * Opens PGlite on a data directory. After a killed process PostgreSQL replays its write-ahead log
 * and opens as usual (tests/integration/backup-restore.test.ts kills one mid-write); a directory it
 * cannot open is damaged beyond that (a full disk, files changed by hand), and the refusal names
 * the backup to restore. `dir: null` gives a throw-away in-memory database.
 */
export async function openDataDir(dir: string | null, options: PGliteOptions = {}): Promise<PGlite> {
  if (!dir) return PGlite.create(options);
  const log: string[] = [];
  try {
    return await PGlite.create({ ...options, dataDir: dir, onStderr: (line) => log.push(line) > 0 });
  } catch (error) {
    const reason = log.filter((line) => /\b(PANIC|FATAL|ERROR):/.test(line)).pop()?.replace(/^.*?\b(PANIC|FATAL|ERROR):\s*/, "") ?? (error as Error).message;
    throw new Refusal(await cannotOpenMessage(dir, reason));
  }
}

async function cannotOpenMessage(dir: string, reason: string): Promise<string> {
  const shown = path.relative(process.cwd(), dir) || dir;
  const backup = await latestBackup(backupsDirFor(dir), "embedded");
  return [
    `The embedded database in ${shown} cannot be opened: ${reason}.`,
    "PostgreSQL recovers by itself from a crash or a killed process; this directory is damaged beyond that. Nothing in it was changed.",
    backup
      ? `Restore the latest backup (${shown} is kept aside, not deleted): npm run db:restore -- ${path.relative(process.cwd(), backup) || backup}`
      : `No backup was found in ${path.relative(process.cwd(), backupsDirFor(dir))}. Restore one you keep elsewhere with npm run db:restore -- <file>, or, for a new installation with nothing to keep, move ${shown} away and start again.`,
  ].join("\n");
}
