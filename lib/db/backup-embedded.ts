import { existsSync } from "node:fs";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { prepareBackupPath, readPgVersion } from "./backup-file";
import { lockHolder, startEmbedded } from "./embedded";
import { Refusal } from "./refusal";

// The embedded database's backup is PGlite's own: its data directory as a gzipped tar
// (dumpDataDir), restored by PGlite.create({ loadDataDir }). Debian's pg_dump cannot be used:
// PGlite is PostgreSQL 18, and pg_dump refuses a server newer than itself.

function refuseWhileHeld(dir: string): void {
  const holder = lockHolder(dir);
  if (holder) throw heldRefusal(dir, holder.pid);
}

function heldRefusal(dir: string, pid: number | string): Refusal {
  return new Refusal(
    `The embedded database is in use by process ${pid} (the app or another npm command). Stop it first: ` +
      `its data directory can be open in one process only. (If no such process of yours runs, delete ${dir}.lock.json.)`,
  );
}

/** Writes the data directory of an open PGlite, as the process that holds it. */
export async function dumpPGlite(pglite: PGlite, file: string): Promise<void> {
  await prepareBackupPath(file);
  await pglite.exec("CHECKPOINT"); // the copy then opens without replaying the write-ahead log
  const tarball = await pglite.dumpDataDir("gzip");
  const partial = `${file}.partial`;
  await writeFile(partial, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
  await rename(partial, file);
}

/** Backs up the embedded database in dir; refuses while another process holds it. */
export async function backupEmbedded(dir: string, file: string): Promise<void> {
  refuseWhileHeld(dir);
  if (!existsSync(dir)) throw new Refusal(`There is no embedded database in ${dir} to back up.`);
  const server = await startEmbedded(dir);
  try {
    if (!server.pglite) throw heldRefusal(dir, lockHolder(dir)?.pid ?? "?"); // started elsewhere meanwhile
    await dumpPGlite(server.pglite, file);
  } finally {
    await server.stop();
  }
}

/**
 * Replaces the embedded database in dir with a backup. The backup is loaded into a new directory
 * beside it and checked first; only then is dir moved aside (to dir.replaced-<time>, kept for the
 * person to delete) and the new directory renamed into its place. A failure before that leaves dir
 * as it was. Returns where the replaced directory went (null when there was none).
 */
export async function restoreEmbedded(dir: string, file: string): Promise<{ replaced: string | null }> {
  refuseWhileHeld(dir);
  const version = await readPgVersion(file);
  if (version === null) throw new Refusal(`${file} is not a backup of the embedded database.`);
  const restoring = `${dir}.restoring`;
  await rm(restoring, { recursive: true, force: true });
  try {
    await loadAndCheck(restoring, file, version);
  } catch (error) {
    await rm(restoring, { recursive: true, force: true });
    throw error;
  }
  refuseWhileHeld(dir); // the app may have been started while the backup was loading
  const replaced = existsSync(dir) ? `${dir}.replaced-${new Date().toISOString().replace(/\.\d+Z$/, "Z").replace(/:/g, "-")}` : null;
  if (replaced) await rename(dir, replaced);
  try {
    await rename(restoring, dir);
  } catch (error) {
    if (replaced) await rename(replaced, dir);
    throw error;
  }
  return { replaced };
}

async function loadAndCheck(target: string, file: string, version: string): Promise<void> {
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir: target, loadDataDir: new Blob([await readFile(file)]) });
  } catch (error) {
    throw new Refusal(`${file} could not be loaded (${(error as Error).message}); it holds a PostgreSQL ${version} data directory.`);
  }
  try {
    const { rows } = await pglite.query<{ ours: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ours");
    if (!rows[0]?.ours) throw new Refusal(`${file} is a PGlite data directory, but not one of ICT Report Desk (it has no _prisma_migrations table).`);
  } finally {
    await pglite.close();
  }
}
