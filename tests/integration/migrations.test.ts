import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDrift, hasUnwrittenMigration } from "@/lib/db/drift";
import { applyMigrations, migrationsDir } from "@/lib/db/migrations";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe("migrations", () => {
  let migrated: TestDatabase;
  let fromSchema: TestDatabase;

  beforeAll(async () => {
    migrated = await createTestDatabase("migrate");
    fromSchema = await createTestDatabase("schema");
  });
  afterAll(async () => {
    await migrated?.drop();
    await fromSchema?.drop();
  });

  it("migrates an empty database and records it as prisma migrate deploy does", async () => {
    expect(await applyMigrations(migrated.url)).toEqual(migrationNames);
    expect(await applyMigrations(migrated.url)).toEqual([]);
    const client = new pg.Client({ connectionString: migrated.url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name`,
    );
    await client.end();
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const sql = readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("has a migration for every change of schema.prisma", async () => {
    expect(await hasUnwrittenMigration(migrated.url)).toBe(false);
  });

  it("builds exactly the database schema.prisma describes (no drift)", async () => {
    expect(await findDrift(migrated.url, fromSchema.url)).toEqual([]);
  });
});
