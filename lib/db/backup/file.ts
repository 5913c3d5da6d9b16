// lib/db/backup: backing up and restoring the database (npm run db:backup, db:restore), a server or the embedded one.
import { createReadStream, existsSync } from "node:fs";
import { mkdir, open, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { createGunzip } from "node:zlib";
import { Refusal } from "../refusal";

/** "server": pg_dump's custom format; "embedded": a data directory (the embedded server's, or an earlier version's PGlite) as a gzipped tar. */
export type BackupKind = "server" | "embedded";

export const backupExtension: Record<BackupKind, string> = { server: ".dump", embedded: ".tar.gz" };

/** Backups of a data directory such as .data/postgres go beside it, in .data/backups. */
export function backupsDirFor(dataDirectory: string): string {
  return path.join(path.dirname(dataDirectory), "backups");
}

/** e.g. before-migration-2026-11-23T16-05-09Z.tar.gz: names sort in time order. */
export function backupFileName(label: string, kind: BackupKind, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-");
  return `${label}-${stamp}${backupExtension[kind]}`;
}

/** Backups may hold password hashes and everything entered: readable by their owner only. */
export async function prepareBackupPath(file: string): Promise<void> {
  if (existsSync(file)) throw new Refusal(`${file} exists already; choose another file name.`);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
}

/** The newest backup of this kind in dir, or null. */
export async function latestBackup(dir: string, kind: BackupKind): Promise<string | null> {
  const names = existsSync(dir)
    ? (await readdir(dir))
        .filter((n) => n.endsWith(backupExtension[kind]))
        .sort((a, b) => stampOf(a).localeCompare(stampOf(b)))
    : [];
  return names.length ? path.join(dir, names[names.length - 1]) : null;
}

function stampOf(name: string): string {
  return name.match(/\d{4}-\d\d-\d\dT[\d-]+Z/)?.[0] ?? "";
}

/** Keeps the newest `keep` files of dir whose names start with label; deletes the older ones. */
export async function pruneBackups(dir: string, label: string, keep: number): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.startsWith(`${label}-`)).sort();
  for (const name of names.slice(0, Math.max(0, names.length - keep))) await rm(path.join(dir, name), { force: true });
}

/** Tells a backup of ours by its first bytes; refuses anything else. */
export async function readBackupKind(file: string): Promise<BackupKind> {
  if (!existsSync(file)) throw new Refusal(`${file}: no such file.`);
  const handle = await open(file, "r");
  const { buffer, bytesRead } = await handle.read(Buffer.alloc(5), 0, 5, 0).finally(() => handle.close());
  const head = buffer.subarray(0, bytesRead);
  if (head.toString("latin1") === "PGDMP") return "server";
  if (head[0] === 0x1f && head[1] === 0x8b && (await readPgVersion(file)) !== null) return "embedded";
  throw new Refusal(
    `${file} is not a backup made by npm run db:backup (neither a pg_dump custom-format file nor an embedded database's data directory).`,
  );
}

/**
 * The PostgreSQL major version recorded in a gzipped tar of a data directory (its PG_VERSION
 * file), or null when the file is not such a tar. Read as a stream, file contents skipped.
 */
export async function readPgVersion(file: string): Promise<string | null> {
  let data = Buffer.alloc(0);
  let skip = 0;
  const input = createReadStream(file);
  try {
    for await (const chunk of input.pipe(createGunzip())) {
      data = Buffer.concat([data, chunk as Buffer]);
      for (;;) {
        const skipped = Math.min(skip, data.length);
        data = data.subarray(skipped);
        skip -= skipped;
        if (skip > 0 || data.length < 512) break;
        const header = data.subarray(0, 512);
        if (!header.subarray(257, 262).equals(Buffer.from("ustar"))) return null;
        const name = header
          .subarray(0, 100)
          .toString("utf8")
          .replace(/\0.*$/s, "")
          .replace(/^\.?\//, "");
        const size = parseInt(header.subarray(124, 136).toString("latin1").replace(/\0.*$/s, "").trim() || "0", 8);
        if (name === "PG_VERSION") {
          if (data.length < 512 + size) break; // wait for the rest of this small file
          return data
            .subarray(512, 512 + size)
            .toString("utf8")
            .trim();
        }
        data = data.subarray(512);
        skip = Math.ceil(size / 512) * 512;
      }
    }
  } catch {
    return null; // not gzip, or truncated
  } finally {
    input.destroy();
  }
  return null;
}
