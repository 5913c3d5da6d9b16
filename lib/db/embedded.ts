import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export const dataDir = path.resolve(import.meta.dirname, "../../.data");

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

interface Lock {
  pid: number;
  port: number;
}

function urlFor(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
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

/**
 * PGlite (PostgreSQL in WebAssembly) served over the PostgreSQL protocol on a local port, so the
 * app, migrations and tests use the same adapter and URL as with a real server. A directory can be
 * opened by one process only: a second process finds the first one's port in the lock file and
 * connects to it instead. `dir: null` gives a throw-away in-memory database.
 */
export async function startEmbedded(dir: string | null = path.join(dataDir, "pglite"), port?: number): Promise<EmbeddedServer> {
  const lockPath = dir ? `${dir}.lock.json` : null;
  const running = lockPath ? readLock(lockPath) : null;
  if (running) return { url: urlFor(running.port), stop: async () => {} };

  if (dir) mkdirSync(path.dirname(dir), { recursive: true });
  const db = await PGlite.create(dir ?? undefined);
  const listenPort = port ?? (await freePort());
  // Queries of several connections are queued on PGlite's single session; clients use a pool of one.
  const server = new PGLiteSocketServer({ db, port: listenPort, host: "127.0.0.1", maxConnections: 8 });
  await server.start();
  if (lockPath) writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port: listenPort } satisfies Lock));
  return {
    url: urlFor(listenPort),
    async stop() {
      await server.stop();
      await db.close();
      if (lockPath) rmSync(lockPath, { force: true });
    },
  };
}
