import path from "node:path";
import pg from "pg";
import { backupEmbedded, embeddedBackupKind } from "./backup/embedded";
import { backupFileName, pruneBackups } from "./backup/file";
import { backupServer } from "./backup/server";
import { clusterDir, dataDir } from "./embedded";
import { applyMigrations, listMigrations, migrationsDir } from "./migrations";
import { Refusal } from "./refusal";

/** A database to migrate: the server at url, or the embedded one (in `clusterDir` unless given). */
export interface MigrationTarget {
  url: string;
  embedded: boolean;
  clusterDir?: string;
}

/** Automatic backups kept in the backups folder; older ones are deleted. */
export const keptBackups = 5;
const label = "before-migration";

/** The migrations in dir not yet applied to the database, and how many are. */
export async function migrationState(
  url: string,
  dir = migrationsDir,
): Promise<{ pending: string[]; applied: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let done: string[] = [];
  try {
    const { rows } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists",
    );
    if (rows[0].exists) {
      const applied = await client.query<{ name: string }>(
        "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      );
      done = applied.rows.map((r) => r.name);
    }
  } finally {
    await client.end();
  }
  const names = (await listMigrations(dir)).migrationDirectories.map((d) => d.path);
  return { pending: names.filter((name) => !done.includes(name)), applied: done.length };
}

/**
 * Applies pending migrations; a database that already has migrations (and so data) is backed up
 * first, into backupsDir, keeping the last few. If the backup fails, nothing is migrated.
 */
export async function migrateWithBackup(
  target: MigrationTarget,
  { migrations = migrationsDir, backupsDir = path.join(dataDir, "backups"), log = console.log } = {},
): Promise<{ applied: string[]; backup: string | null }> {
  const { pending, applied } = await migrationState(target.url, migrations);
  if (pending.length === 0) return { applied: [], backup: null };
  let backup: string | null = null;
  if (applied > 0) {
    backup = path.join(backupsDir, backupFileName(label, target.embedded ? await embeddedBackupKind() : "server"));
    try {
      await backupDatabase(target, backup);
    } catch (error) {
      throw new Refusal(
        `Not migrating: the backup before the new migration(s) ${pending.join(", ")} failed.\n${(error as Error).message}`,
      );
    }
    log(
      `Backed up the database to ${path.relative(process.cwd(), backup)} before applying ${pending.length} new migration(s).`,
    );
    await pruneBackups(backupsDir, label, keptBackups);
  }
  return { applied: await applyMigrations(target.url, migrations), backup };
}

async function backupDatabase(target: MigrationTarget, file: string): Promise<void> {
  return target.embedded ? backupEmbedded(target.clusterDir ?? clusterDir, file) : backupServer(target.url, file);
}
