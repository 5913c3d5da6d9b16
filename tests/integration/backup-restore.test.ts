import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readdir, rm, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupEmbedded, restoreEmbedded } from "@/lib/db/backup/embedded";
import { backupFileName, readBackupKind, readPgVersion } from "@/lib/db/backup/file";
import { backupServer, restoreServer } from "@/lib/db/backup/server";
import { startEmbedded } from "@/lib/db/embedded";
import { migrateWithBackup, migrationState } from "@/lib/db/migrate-with-backup";
import { applyMigrations, migrationsDir } from "@/lib/db/migrations";
import { runCli } from "../support/cli";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const root = path.resolve(import.meta.dirname, "../..");
const server = process.env.TEST_POSTGRES_URL;

async function sql<T = Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const codes = async (url: string) =>
  (await sql<{ code: string }>(url, `SELECT code FROM "Organisation" ORDER BY code`)).map((r) => r.code);
const seedRows = `INSERT INTO "Organisation" (id, code) VALUES ('b1', 'backup-one'), ('b2', 'backup-two')`;
const changeRows = `DELETE FROM "Organisation" WHERE id = 'b1'; UPDATE "Organisation" SET code = 'changed' WHERE id = 'b2'`;

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), "ict-backup-test-"));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe.skipIf(!server)("backup and restore of a PostgreSQL server", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase("backup", { embedded: false });
  });
  afterAll(() => database?.drop());

  it("restores the rows, drops what came after the backup, and refuses what is not a backup of ours", async () => {
    const empty = path.join(temp, "empty.dump");
    await backupServer(database.url, empty); // before any migration: not an ICT Report Desk database
    await applyMigrations(database.url);
    await sql(database.url, seedRows);
    const file = path.join(temp, "server.dump");
    await backupServer(database.url, file);
    expect(await readBackupKind(file)).toBe("server");

    await sql(database.url, `${changeRows}; CREATE TABLE "AfterBackup" (id integer)`);
    const open = new pg.Client({ connectionString: database.url });
    await open.connect();
    await expect(restoreServer(database.url, file))
      .rejects.toThrow(/1 other session/)
      .finally(() => open.end());
    await expect(restoreServer(database.url, empty)).rejects.toThrow(/not one of ICT Report Desk/);
    const broken = path.join(temp, "broken.dump");
    await cp(file, broken);
    await truncate(broken, 4000);
    await expect(restoreServer(database.url, broken)).rejects.toThrow(/pg_restore failed/);
    expect(await codes(database.url)).toEqual(["changed"]); // a failed restore changed nothing

    await restoreServer(database.url, file);
    expect(await codes(database.url)).toEqual(["backup-one", "backup-two"]);
    expect(await sql(database.url, `SELECT to_regclass('public."AfterBackup"') AS t`)).toEqual([{ t: null }]);
  });

  it("backs up before a new migration, and refuses to migrate when the backup fails", async () => {
    const migrations = path.join(temp, "migrations");
    const backupsDir = path.join(temp, "backups");
    await cp(migrationsDir, migrations, { recursive: true });
    const addMigration = async (name: string) => {
      await mkdir(path.join(migrations, name));
      await writeFile(path.join(migrations, name, "migration.sql"), `CREATE TABLE "${name}" (id integer);\n`);
    };
    const target = { url: database.url, embedded: false };
    expect(await migrateWithBackup(target, { migrations, backupsDir })).toEqual({ applied: [], backup: null });

    await addMigration("99990101000000_probe");
    const logged: string[] = [];
    const { applied, backup } = await migrateWithBackup(target, {
      migrations,
      backupsDir,
      log: (line: string) => logged.push(line),
    });
    expect(applied).toEqual(["99990101000000_probe"]);
    expect(path.basename(backup!)).toMatch(/^before-migration-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.dump$/);
    expect(logged[0]).toContain(path.basename(backup!));
    await restoreServer(database.url, backup!); // the backup is the database before that migration
    expect((await migrationState(database.url, migrations)).pending).toEqual(["99990101000000_probe"]);
    expect(await codes(database.url)).toEqual(["backup-one", "backup-two"]);

    const cannotBackUp = { ...target, embedded: true, clusterDir: path.join(temp, "none", "postgres") }; // no embedded database there
    await expect(migrateWithBackup(cannotBackUp, { migrations, backupsDir })).rejects.toThrow(
      /Not migrating: .*99990101000000_probe/,
    );
    expect((await migrationState(database.url, migrations)).pending).toEqual(["99990101000000_probe"]);
  });

  it("db:backup writes a backup; db:restore answers a file that is not one with a message, not a stack", async () => {
    const given = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    try {
      const file = path.join(temp, "cli.dump");
      const notBackup = path.join(temp, "notes.txt");
      await writeFile(notBackup, "not a backup");
      const [backedUp, failure] = await Promise.all([
        runCli("db-backup.ts", [file]),
        runCli("db-restore.ts", [notBackup]).catch((error: { code: number; stderr: string }) => error),
      ]);
      expect(backedUp.stdout).toContain("Backed up database");
      expect(await readBackupKind(file)).toBe("server");
      expect(failure).toMatchObject({
        code: 1,
        stderr: expect.stringContaining("is not a backup made by npm run db:backup"),
      });
      expect((failure as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
    } finally {
      process.env.DATABASE_URL = given;
    }
  });
});

describe("backup and restore of the embedded server", () => {
  let dir: string;
  let backups: string;
  beforeAll(async () => {
    const folder = path.join(temp, "embedded");
    await mkdir(folder, { recursive: true });
    await chmod(temp, 0o755); // as a project's folder: the server may run as another user
    dir = path.join(folder, "postgres");
    backups = path.join(folder, "backups");
    const embedded = await startEmbedded(dir);
    await applyMigrations(embedded.url);
    await sql(embedded.url, seedRows);
    await embedded.stop();
  });

  it("backs up while it runs, by pg_dump and as a copy of its data directory, and restores either", async () => {
    let embedded = await startEmbedded(dir); // the app, running
    const dump = path.join(backups, backupFileName("backup", "server"));
    const copy = path.join(backups, backupFileName("backup", "embedded"));
    await backupEmbedded(dir, dump, { pgDump: true });
    // Writes go on during the copy: they are after the backup, and the restore has none of them.
    const writes = sql(
      embedded.url,
      "INSERT INTO \"Organisation\" (id, code) SELECT 'w' || n, 'written-' || n FROM generate_series(1, 2000) n",
    );
    await backupEmbedded(dir, copy, { pgDump: false });
    await writes;
    expect(await readBackupKind(dump)).toBe("server");
    expect(await readBackupKind(copy)).toBe("embedded");
    expect(await readPgVersion(copy)).toBe("15");

    await sql(embedded.url, changeRows);
    await expect(restoreEmbedded(dir, copy)).rejects.toThrow(/is running.*Stop it first/);
    await embedded.stop();
    const { replaced } = await restoreEmbedded(dir, copy);
    expect(existsSync(replaced!)).toBe(true);
    expect(existsSync(`${dir}.restoring`)).toBe(false);
    embedded = await startEmbedded(dir);
    expect((await codes(embedded.url)).filter((c) => !c.startsWith("written-"))).toEqual(["backup-one", "backup-two"]);
    await sql(embedded.url, changeRows);
    await embedded.stop();

    expect(await restoreEmbedded(dir, dump)).toEqual({ replaced: null });
    embedded = await startEmbedded(dir);
    expect(await codes(embedded.url)).toEqual(["backup-one", "backup-two"]);
    await embedded.stop();
  });

  it("loses no acknowledged save when the whole process group is killed while writing; a directory damaged beyond that is refused, naming the backup", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", "tests/support/embedded-writer.ts", dir],
      { cwd: root, detached: true },
    );
    let acknowledged = 0;
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        for (const [, n] of chunk.toString().matchAll(/acknowledged (\d+)/g))
          acknowledged = Math.max(acknowledged, Number(n));
        if (acknowledged >= 300) resolve();
      });
      child.once("exit", (code) => reject(new Error(`the writer stopped (${code})`)));
    });
    process.kill(-child.pid!, "SIGKILL"); // the writer and its server, as kill -9 of npm start's group
    await new Promise((resolve) => child.once("exit", resolve));
    await new Promise((resolve) => setTimeout(resolve, 500)); // the server's processes end after the signal
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(true); // left behind, naming a dead server

    let embedded = await startEmbedded(dir);
    const [{ n }] = await sql<{ n: number }>(embedded.url, "SELECT count(*)::int AS n FROM written");
    expect(n).toBeGreaterThanOrEqual(acknowledged);
    await embedded.stop();

    for (const segment of await readdir(path.join(dir, "pg_wal")))
      if (/^[0-9A-F]{24}$/.test(segment)) await rm(path.join(dir, "pg_wal", segment));
    const refusal = await startEmbedded(dir).catch((error: Error) => error);
    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toMatch(/cannot be opened: could not locate a valid checkpoint record/);
    const latest = (await readdir(backups))
      .filter((name) => name.endsWith(".tar.gz"))
      .sort()
      .pop()!;
    expect((refusal as Error).message).toContain(
      `npm run db:restore -- ${path.relative(process.cwd(), path.join(backups, latest))}`,
    );

    await restoreEmbedded(dir, path.join(backups, latest));
    embedded = await startEmbedded(dir);
    expect((await codes(embedded.url)).filter((c) => !c.startsWith("written-"))).toEqual(["backup-one", "backup-two"]);
    await embedded.stop();
  });
});
