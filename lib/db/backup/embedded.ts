import { execFile } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, statSync } from "node:fs";
import { chown, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { createGzip } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { prepareBackupPath, readBackupKind, readPgVersion } from "./file";
import { backupServer, restoreServer } from "./server";
import { runningPort, startEmbedded } from "../embedded";
import { copyPGliteDatabase } from "../move-pglite";
import { Refusal } from "../refusal";

// Backups of the embedded server: pg_dump's custom format where PostgreSQL's client tools are
// installed (as for any server), else a consistent copy of its data directory, taken while it runs
// with PostgreSQL's backup functions (pg_backup_start, the files, pg_backup_stop, the write-ahead
// log written meanwhile, backup_label) as a gzipped tar, which PostgreSQL opens by recovering to
// the end of the backup. Restores take either, and the data directories of PGlite, which versions
// before the embedded server wrote.

const exec = promisify(execFile);

/** The major version of this build's embedded server (and so of its data directories). */
export const embeddedMajor = "15";

/** Whether pg_dump is installed (Debian: postgresql-client). */
export async function hasPgDump(): Promise<boolean> {
  try {
    await exec("pg_dump", ["--version"]);
    return true;
  } catch {
    return false;
  }
}

async function tar(args: string[], { changing = false } = {}): Promise<void> {
  try {
    await exec("tar", args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    // GNU tar answers 1 when a file changed while it was read: expected while the server runs,
    // and why the write-ahead log of the backup is copied after it.
    if (changing && (error as { code?: number }).code === 1) return;
    throw new Refusal(`tar failed: ${((error as { stderr?: string }).stderr || (error as Error).message).trim()}`);
  }
}

/** A copy of the running server's data directory at url into file (a gzipped tar). */
async function copyDataDirectory(url: string, dir: string, file: string): Promise<void> {
  const staging = await mkdtemp(path.join(os.tmpdir(), "ict-backup-"));
  const archive = path.join(staging, "data.tar");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_backup_start('ict-report-desk', true)");
    let label: string;
    try {
      const skip = ["./postmaster.pid", "./postmaster.opts", "./pg_wal/*", "./backup_label", "./tablespace_map"].map(
        (p) => `--exclude=${p}`,
      );
      await tar(["-cf", archive, "-C", dir, ...skip, "."], { changing: true });
    } finally {
      label = (await client.query<{ labelfile: string }>("SELECT labelfile FROM pg_backup_stop(false)")).rows[0]
        .labelfile;
    }
    // The log written during the copy, then the label that tells PostgreSQL where recovery starts.
    await tar(["-rf", archive, "-C", dir, "./pg_wal"], { changing: true });
    const labelDir = path.join(staging, "label");
    await mkdir(labelDir, { mode: 0o700 });
    await writeFile(path.join(labelDir, "backup_label"), label, { mode: 0o600 });
    const { uid, gid } = statSync(dir);
    if (process.getuid?.() === 0) await chown(path.join(labelDir, "backup_label"), uid, gid);
    await tar(["-rf", archive, "-C", labelDir, "./backup_label"]);
    const partial = `${file}.partial`;
    await pipeline(createReadStream(archive), createGzip(), createWriteStream(partial, { mode: 0o600 }));
    await rename(partial, file);
  } finally {
    await client.end();
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Backs up the embedded server on dir (the running one, or started for the backup): pg_dump when
 * installed, else a copy of its data directory. The file's name says which (.dump or .tar.gz).
 */
export async function backupEmbedded(dir: string, file: string, { pgDump }: { pgDump?: boolean } = {}): Promise<void> {
  if (!existsSync(path.join(dir, "PG_VERSION")))
    throw new Refusal(`There is no embedded database in ${dir} to back up.`);
  await prepareBackupPath(file);
  const server = await startEmbedded(dir);
  try {
    if (pgDump ?? (await hasPgDump())) await backupServer(server.url, file);
    else await copyDataDirectory(server.url, dir, file);
  } finally {
    await server.stop();
  }
}

/** The kind of backup db:backup writes here: pg_dump's where installed. */
export async function embeddedBackupKind(): Promise<"server" | "embedded"> {
  return (await hasPgDump()) ? "server" : "embedded";
}

/**
 * Replaces the embedded database in dir with a backup, refused while its server runs. A pg_dump
 * backup is replayed into it (lib/db/backup/server.ts). A data directory is unpacked beside dir
 * (a PGlite one is copied into a new server there) and opened to check it; only then is dir
 * moved aside (to dir.replaced-<time>, kept for the person to delete) and the new directory put
 * in its place. A failure before that leaves dir as it was. Returns where dir went, if it was moved.
 */
export async function restoreEmbedded(dir: string, file: string): Promise<{ replaced: string | null }> {
  refuseWhileRunning(dir);
  const kind = await readBackupKind(file);
  if (kind === "server") {
    const server = await startEmbedded(dir);
    try {
      await restoreServer(server.url, file);
    } finally {
      await server.stop();
    }
    return { replaced: null };
  }
  const restoring = `${dir}.restoring`;
  await rm(restoring, { recursive: true, force: true });
  try {
    await unpackAndCheck(restoring, file);
  } catch (error) {
    await rm(restoring, { recursive: true, force: true });
    throw error;
  }
  refuseWhileRunning(dir); // the app may have been started meanwhile
  const replaced = existsSync(dir)
    ? `${dir}.replaced-${new Date()
        .toISOString()
        .replace(/\.\d+Z$/, "Z")
        .replace(/:/g, "-")}`
    : null;
  if (replaced) await rename(dir, replaced);
  try {
    await rename(restoring, dir);
  } catch (error) {
    if (replaced) await rename(replaced, dir);
    throw error;
  }
  return { replaced };
}

function refuseWhileRunning(dir: string): void {
  if (runningPort(dir))
    throw new Refusal(
      `The embedded database in ${dir} is running (the app, or another npm command). Stop it first: a restore replaces all of it.`,
    );
}

async function unpackAndCheck(target: string, file: string): Promise<void> {
  const version = await readPgVersion(file);
  if (version === embeddedMajor) {
    await mkdir(target, { mode: 0o700 });
    await tar(["-xzf", file, "-C", target]);
  } else {
    // A backup of an earlier version's PGlite: unpacked by PGlite, copied into a new server.
    const unpacked = await mkdtemp(path.join(os.tmpdir(), "ict-pglite-"));
    try {
      let old: PGlite;
      try {
        old = await PGlite.create({
          dataDir: path.join(unpacked, "pglite"),
          loadDataDir: new Blob([await readFile(file)]),
        });
      } catch (error) {
        throw new Refusal(
          `${file} could not be loaded (${(error as Error).message}); it holds a PostgreSQL ${version} data directory.`,
        );
      }
      await old.close();
      const server = await startEmbedded(target);
      try {
        await copyPGliteDatabase(path.join(unpacked, "pglite"), server.url);
      } finally {
        await server.stop();
      }
    } finally {
      await rm(unpacked, { recursive: true, force: true });
    }
  }
  const server = await startEmbedded(target).catch((error: Error) => {
    throw new Refusal(`${file} could not be opened: ${error.message.split("\n")[0]}`);
  });
  try {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client
      .query<{ ours: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ours")
      .finally(() => client.end());
    if (!rows[0]?.ours)
      throw new Refusal(
        `${file} is a PostgreSQL data directory, but not one of ICT Report Desk (it has no _prisma_migrations table).`,
      );
  } finally {
    await server.stop();
  }
}
