import { readFile } from "node:fs/promises";
import pg from "pg";
import { diffDatamodels, isEmptyMigration, schemaPath, snapshotPath } from "./migrations";

// Drift: the migrations must build exactly the database that schema.prisma describes, compared
// through PostgreSQL's catalog. Triggers (constraint triggers included) are the migrations' own:
// Prisma does not model them.

const fingerprintQueries = [
  `SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' ' ||
          coalesce(column_default, '') || ' ' || coalesce(numeric_precision::text, '') || ',' || coalesce(numeric_scale::text, '') AS line
     FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  `SELECT 'index ' || indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  `SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
     FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"_prisma_migrations"'
       AND conrelid::regclass::text <> '_prisma_migrations'
       AND contype <> 't'`,
  `SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
     FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
];

export async function schemaFingerprint(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const lines: string[] = [];
    for (const query of fingerprintQueries)
      lines.push(...(await client.query<{ line: string }>(query)).rows.map((r) => r.line));
    return lines.sort();
  } finally {
    await client.end();
  }
}

/** Lines that differ between a migrated database and an empty one built straight from schema.prisma. */
export async function findDrift(migratedUrl: string, emptyUrl: string): Promise<string[]> {
  const schema = await readFile(schemaPath, "utf8");
  const client = new pg.Client({ connectionString: emptyUrl });
  await client.connect();
  try {
    await client.query(await diffDatamodels(null, schema, emptyUrl));
  } finally {
    await client.end();
  }
  const [migrated, expected] = await Promise.all([schemaFingerprint(migratedUrl), schemaFingerprint(emptyUrl)]);
  const missing = expected.filter((line) => !migrated.includes(line)).map((line) => `missing: ${line}`);
  const extra = migrated.filter((line) => !expected.includes(line)).map((line) => `unexpected: ${line}`);
  return [...missing, ...extra];
}

/** True when schema.prisma changed after the last migration was written (npm run db:migration). */
export async function hasUnwrittenMigration(url: string): Promise<boolean> {
  const [snapshot, schema] = await Promise.all([readFile(snapshotPath, "utf8"), readFile(schemaPath, "utf8")]);
  return !isEmptyMigration(await diffDatamodels(snapshot, schema, url));
}
