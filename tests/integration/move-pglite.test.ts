import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { startEmbedded, type EmbeddedServer } from "@/lib/db/embedded";
import { migrationState } from "@/lib/db/migrate-with-backup";
import { applyMigrations, migrationsDir } from "@/lib/db/migrations";
import { moveOldEmbeddedFolder } from "@/lib/db/move-pglite";
import { seedDatabase } from "@/lib/seed/seed";

// An installation of an earlier version kept its data in PGlite (.data/pglite). The first start of
// this version moves it into the embedded PostgreSQL server, every table compared.

// Prisma's own table of applied migrations, as `migrate deploy` creates it.
const prismaMigrationsTable = `CREATE TABLE "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Every table's row count and the rows' checksum (order aside), as a test would compute them independently. */
async function tableSums(url: string): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(
    url,
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const sums: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = await query<{ row: string }>(url, `SELECT row_to_json(t)::text AS row FROM "${name}" t`);
    const hashes = rows.map((r) => createHash("md5").update(r.row).digest("hex")).sort();
    sums[name] = `${rows.length}:${createHash("md5").update(hashes.join("")).digest("hex")}`;
  }
  return sums;
}

/**
 * A PGlite data directory as the earlier version left it: every migration applied and recorded,
 * then the demo's rows of every table (written by the seed on a PostgreSQL database, then copied).
 */
async function writePGliteFolder(dir: string, source: string): Promise<void> {
  await mkdir(path.dirname(dir), { recursive: true });
  const old = await PGlite.create({ dataDir: dir });
  try {
    await old.exec(prismaMigrationsTable);
    const names = (await readdir(migrationsDir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    for (const name of names) {
      const sql = await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8");
      await old.exec(sql);
    }
    const tables = await query<{ name: string }>(
      source,
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    await old.exec("SET session_replication_role = replica");
    for (const { name } of tables) {
      const rows = await query<{ rows: string | null }>(source, `SELECT json_agg(t)::text AS rows FROM "${name}" t`);
      if (rows[0].rows)
        await old.query(`INSERT INTO "${name}" SELECT * FROM json_populate_recordset(NULL::"${name}", $1::json)`, [
          rows[0].rows,
        ]);
    }
  } finally {
    await old.close();
  }
}

describe("the first start after the upgrade: an earlier version's PGlite folder moved into the server", () => {
  let temp: string;
  let source: EmbeddedServer;
  let target: EmbeddedServer;
  let oldDir: string;

  beforeAll(async () => {
    await disconnectDb();
    temp = await mkdtemp(path.join(os.tmpdir(), "ict-move-"));
    await chmod(temp, 0o755);
    // The demo, seeded by this version's code, is what the old folder will hold.
    source = await startEmbedded(path.join(temp, "source", "postgres"));
    await applyMigrations(source.url);
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = source.url;
    try {
      await seedDatabase({ demo: true });
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = saved;
    }
    oldDir = path.join(temp, "data", "pglite");
    await writePGliteFolder(oldDir, source.url);
    target = await startEmbedded(path.join(temp, "data", "postgres"));
  });

  afterAll(async () => {
    await source?.stop();
    await target?.stop();
    await rm(temp, { recursive: true, force: true });
  });

  it("copies every table identically (counts and checksums), keeps the old folder aside, and does it once", async () => {
    const logged: string[] = [];
    const moved = await moveOldEmbeddedFolder(target.url, { dir: oldDir, log: (line: string) => logged.push(line) });
    const expected = await tableSums(source.url);
    expect(await tableSums(target.url)).toEqual(expected);
    expect(moved!.map((t) => t.table).sort()).toEqual(Object.keys(expected).sort());
    expect(moved!.find((t) => t.table === "MonthValue")!.rows).toBeGreaterThan(1000);
    expect((await migrationState(target.url)).pending).toEqual([]);

    expect(existsSync(oldDir)).toBe(false);
    const aside = (await readdir(path.dirname(oldDir))).filter((name) => name.startsWith("pglite.moved-"));
    expect(aside).toHaveLength(1);
    expect(logged.at(-1)).toContain(`each compared by count and checksum. The old folder is kept in`);
    expect(await moveOldEmbeddedFolder(target.url, { dir: oldDir })).toBeNull();
  });

  it("refuses, changing nothing, when the server already holds data and an old folder appears beside it", async () => {
    const again = path.join(temp, "data", "pglite-again");
    await writePGliteFolder(again, source.url);
    await expect(moveOldEmbeddedFolder(target.url, { dir: again })).rejects.toThrow(/Both .*pglite-again.* hold data/);
    expect(existsSync(path.join(again, "PG_VERSION"))).toBe(true);
  });
});
