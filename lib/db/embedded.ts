import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { openGate } from "./embedded-gate";
import { openDataDir } from "./open-data-dir";
import { storedSecret } from "./private-files";

export const dataDir = path.resolve(import.meta.dirname, "../../.data");

export interface EmbeddedServer {
  url: string;
  /** This process's PGlite (for backups), or null when another process serves the directory. */
  pglite: PGlite | null;
  stop(): Promise<void>;
}

interface Lock {
  pid: number;
  port: number;
}

function urlFor(port: number, password: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/** The password of a data directory's database, kept beside it (`.data/db-password`, 0600, in a 0700 directory). */
function passwordFor(dir: string | null): string {
  return dir ? storedSecret(path.join(path.dirname(dir), "db-password")) : randomBytes(32).toString("base64url");
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readLock(lockPath: string): Lock | null {
  if (!existsSync(lockPath)) return null;
  try {
    const lock = JSON.parse(readFileSync(lockPath, "utf8")) as Lock;
    return isAlive(lock.pid) ? lock : null;
  } catch {
    return null;
  }
}

/** The live process that serves the data directory dir, from its lock file; null when none. */
export function lockHolder(dir: string): Lock | null {
  return readLock(`${dir}.lock.json`);
}

/**
 * PGlite (PostgreSQL in WebAssembly) served over the PostgreSQL protocol on a local port, so the
 * app, migrations and tests use the same adapter and URL as with a real server. A directory can be
 * opened by one process only: a second process finds the first one's port in the lock file and
 * connects to it instead. `dir: null` gives a throw-away in-memory database. Only clients that
 * know the password get in (lib/db/embedded-gate.ts); the directory around `dir` is private (0700).
 */
export async function startEmbedded(dir: string | null = path.join(dataDir, "pglite"), port?: number): Promise<EmbeddedServer> {
  const lockPath = dir ? `${dir}.lock.json` : null;
  const password = passwordFor(dir);
  const running = lockPath ? readLock(lockPath) : null;
  if (running) return { url: urlFor(running.port, password), pglite: null, stop: async () => {} };

  const db = await openDataDir(dir); // refuses, naming the backup to restore, a directory it cannot recover
  // PGlite is one session: clients take turns on it; the app uses a pool of one connection.
  const gate = await openGate(db, { password, port });
  if (lockPath) writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port: gate.port } satisfies Lock));
  return {
    url: urlFor(gate.port, password),
    pglite: db,
    async stop() {
      await gate.close();
      await db.close();
      if (lockPath) rmSync(lockPath, { force: true });
    },
  };
}
