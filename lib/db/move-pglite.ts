import { existsSync } from "node:fs";
import { chmod, rename } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { dataDir } from "./embedded";
import { applyMigrations, listMigrations } from "./migrations";
import { Refusal } from "./refusal";

// Versions before the embedded PostgreSQL server kept their data in PGlite (PostgreSQL compiled to
// WebAssembly) in .data/pglite. On the first start after the upgrade the server's empty database
// gets the same migrations, every table's rows are copied, and each table is compared (count and
// checksum) before the copy is committed. The old folder is then renamed, not deleted.

export const oldEmbeddedDir = path.join(dataDir, "pglite");

export interface MovedTable {
  table: string;
  rows: number;
  checksum: string;
}

const batchRows = 2000;
// Both sides print values alike: UTC, ISO dates, hex bytea.
const sameOutput =
  "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; SET bytea_output = 'hex'; SET extra_float_digits = 1";

/** Count and checksum of every table: the rows' text, hashed and sorted, so order does not matter. */
function summarySql(table: string): string {
  return `SELECT count(*)::int AS rows, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS checksum FROM (SELECT md5(t::text) AS h FROM "${table}" t) s`;
}

async function appliedMigrations(old: PGlite): Promise<string[]> {
  const { rows } = await old.query<{ exists: boolean }>(
    "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists",
  );
  if (!rows[0].exists) return [];
  const applied = await old.query<{ name: string }>(
    "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
  );
  return applied.rows.map((r) => r.name);
}

/**
 * Copies the database of a PGlite data directory into the (empty) database at url, table by table,
 * in one transaction that commits only when every table compares equal. Returns the tables moved.
 */
export async function copyPGliteDatabase(oldDir: string, url: string): Promise<MovedTable[]> {
  const old = await PGlite.create({ dataDir: oldDir });
  const target = new pg.Client({ connectionString: url });
  try {
    await target.connect();
    const migrations = await appliedMigrations(old);
    const known = (await listMigrations()).migrationDirectories.map((d) => d.path);
    const unknown = migrations.filter((name) => !known.includes(name));
    if (unknown.length)
      throw new Refusal(
        `${oldDir} was written by a newer version (migrations ${unknown.join(", ")}): install that version to open it.`,
      );
    // The schema as the old database had it; newer migrations follow, after the backup, as for any start.
    if (migrations.length) await applyMigrations(url, undefined, migrations);

    await old.exec(sameOutput);
    await target.query(sameOutput);
    const tables = (
      await old.query<{ name: string }>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      )
    ).rows.map((r) => r.name);
    const moved: MovedTable[] = [];
    await target.query("BEGIN");
    // Rows go in whatever order; foreign keys are checked by the comparison, not row by row.
    await target.query("SET LOCAL session_replication_role = replica");
    // What the migrations wrote (their own rows of _prisma_migrations) gives way to the old rows.
    if (tables.length) await target.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(", ")}`);
    for (const table of tables) {
      await old.exec("BEGIN");
      await old.exec(`DECLARE moving NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM "${table}" t`);
      for (;;) {
        const batch = (await old.query<{ row: string }>(`FETCH ${batchRows} FROM moving`)).rows;
        if (!batch.length) break;
        await target.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [
          `[${batch.map((r) => r.row).join(",")}]`,
        ]);
      }
      await old.exec("COMMIT");
      const [before] = (await old.query<Omit<MovedTable, "table">>(summarySql(table))).rows;
      const [after] = (await target.query<Omit<MovedTable, "table">>(summarySql(table))).rows;
      if (before.rows !== after.rows || before.checksum !== after.checksum) {
        throw new Refusal(
          `Moving ${oldDir} stopped: table ${table} differs after the copy (${before.rows} rows before, ${after.rows} after). Nothing was changed; ${oldDir} is as it was.`,
        );
      }
      moved.push({ table, ...before });
    }
    await target.query("COMMIT");
    return moved;
  } catch (error) {
    await target.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await target.end().catch(() => {});
    await old.close();
  }
}

/**
 * On the first start after the upgrade: moves .data/pglite into the embedded server and renames it
 * .data/pglite.moved-<time>, telling the person where it is. Does nothing when there is no such
 * folder; refuses when the server's database already holds data.
 */
export async function moveOldEmbeddedFolder(
  url: string,
  { dir = oldEmbeddedDir, log = console.log } = {},
): Promise<MovedTable[] | null> {
  if (!existsSync(path.join(dir, "PG_VERSION"))) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client
    .query<{ used: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS used")
    .finally(() => client.end());
  const shown = path.relative(process.cwd(), dir) || dir;
  if (rows[0].used)
    throw new Refusal(
      `Both ${shown} (an earlier version's embedded database) and the embedded server hold data. Move ${shown} away if its data is no longer needed, or move the server's data folder away to have ${shown} moved in again.`,
    );
  log(`Moving the embedded database of an earlier version (${shown}) into the embedded PostgreSQL server…`);
  const moved = await copyPGliteDatabase(dir, url);
  const aside = `${dir}.moved-${new Date()
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/:/g, "-")}`;
  await rename(dir, aside);
  await chmod(aside, 0o700); // PGlite left it readable by all; the folder around may let others pass (run as root)
  const rowCount = moved.reduce((sum, t) => sum + t.rows, 0);
  log(
    `Moved ${moved.length} tables (${rowCount} rows), each compared by count and checksum. The old folder is kept in ${path.relative(process.cwd(), aside) || aside}: delete it once the app shows your data.`,
  );
  return moved;
}
