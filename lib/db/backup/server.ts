import { execFile } from "node:child_process";
import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { prepareBackupPath } from "./file";
import { Refusal } from "../refusal";

// A PostgreSQL server's backup is pg_dump's custom format; a restore replays it with psql in one
// transaction, after dropping what is in the public schema, so it either replaces the whole
// database or changes nothing.

/** libpq's environment for a connection URL, so the password stays out of the process list. */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  const given: Record<string, string | null> = {
    PGHOST: u.searchParams.get("host") ?? (u.hostname.replace(/^\[|\]$/g, "") || null),
    PGPORT: u.port || null,
    PGUSER: decodeURIComponent(u.username) || null,
    PGPASSWORD: decodeURIComponent(u.password) || null,
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)) || null,
    PGSSLMODE: u.searchParams.get("sslmode"),
    PGSSLROOTCERT: u.searchParams.get("sslrootcert"),
  };
  return {
    ...process.env,
    ...Object.fromEntries(Object.entries(given).filter((e): e is [string, string] => e[1] !== null)),
  };
}

async function run(tool: string, args: string[], url: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(tool, args, { env: libpqEnv(url), maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { code, stderr } = error as NodeJS.ErrnoException & { stderr?: string };
    if (code === "ENOENT")
      throw new Refusal(
        `${tool} was not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client).`,
      );
    throw new Refusal(`${tool} failed: ${(stderr || (error as Error).message).trim()}`);
  }
}

async function query<T>(url: string, sql: string): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as T;
  } finally {
    await client.end();
  }
}

/** pg_dump refuses a server of a newer major version than its own: say so before it runs. */
async function checkPgDumpVersion(url: string): Promise<void> {
  const client = Number((await run("pg_dump", ["--version"], url)).match(/\)\s*(\d+)/)?.[1]);
  const { server } = await query<{ server: number }>(
    url,
    "SELECT current_setting('server_version_num')::int / 10000 AS server",
  );
  if (client < server) {
    throw new Refusal(
      `pg_dump ${client} cannot back up a PostgreSQL ${server} server: install PostgreSQL's client tools of version ${server} or newer ` +
        `(e.g. postgresql-client-${server}) on this machine, or take the backup on the server.`,
    );
  }
}

/** pg_dump -Fc of the database at url into file (written aside, then renamed: never half a file). */
export async function backupServer(url: string, file: string): Promise<void> {
  await prepareBackupPath(file);
  await checkPgDumpVersion(url);
  const partial = `${file}.partial`;
  await writeFile(partial, "", { mode: 0o600 }); // pg_dump keeps the mode of the file it overwrites
  try {
    await run("pg_dump", ["--format=custom", `--file=${partial}`], url);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

// Everything a migration can create in the public schema (tables, types, trigger functions), so
// what a migration newer than the backup made goes too. Listed first, then dropped (CASCADE also
// drops owned sequences, hence IF EXISTS).
const dropPublicObjects = `DO $$
DECLARE statements text[];
DECLARE statement text;
BEGIN
  SELECT array_agg(s) INTO statements FROM (
    SELECT format('DROP %s IF EXISTS %s CASCADE', CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END, c.oid::regclass) AS s
      FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
    UNION ALL
    SELECT format('DROP TYPE IF EXISTS %s CASCADE', t.oid::regtype) FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd')
    UNION ALL
    SELECT format('DROP FUNCTION IF EXISTS %s CASCADE', p.oid::regprocedure) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prokind = 'f'
  ) objects;
  FOREACH statement IN ARRAY coalesce(statements, '{}') LOOP EXECUTE statement; END LOOP;
END $$;`;

/**
 * Replaces the database at url with a pg_dump backup: checked to be one of ours, refused while
 * other sessions use the database, then the public schema's objects dropped and the backup
 * replayed in one transaction (psql --single-transaction, ON_ERROR_STOP).
 */
export async function restoreServer(url: string, file: string): Promise<void> {
  const contents = await run("pg_restore", ["--list", file], url);
  if (!/ TABLE public _prisma_migrations /.test(contents))
    throw new Refusal(
      `${file} is a pg_dump backup, but not one of ICT Report Desk (it has no _prisma_migrations table).`,
    );
  const { others } = await query<{ others: number }>(
    url,
    "SELECT count(*)::int AS others FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
  );
  if (others > 0)
    throw new Refusal(
      `${others} other session(s) use this database (the app?). Stop them first: a restore replaces every table.`,
    );
  const dir = await mkdtemp(path.join(os.tmpdir(), "ict-restore-"));
  try {
    const script = path.join(dir, "restore.sql");
    await run("pg_restore", ["--no-owner", "--no-privileges", `--file=${script}`, file], url);
    await run(
      "psql",
      [
        "--no-psqlrc",
        "--quiet",
        "--single-transaction",
        "--set=ON_ERROR_STOP=1",
        `--command=${dropPublicObjects}`,
        `--file=${script}`,
      ],
      url,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
