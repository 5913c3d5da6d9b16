import pg from "pg";
import { startEmbedded } from "@/lib/db/embedded";

export interface TestDatabase {
  url: string;
  embedded: boolean;
  drop(): Promise<void>;
}

/** The PostgreSQL server the tests were given (CI's), before any test pointed DATABASE_URL elsewhere. */
function givenServer(): string | undefined {
  return ("TEST_POSTGRES_URL" in process.env ? process.env.TEST_POSTGRES_URL : process.env.DATABASE_URL) || undefined;
}

/**
 * A fresh, empty database for a test run: a new database on the given server (CI's PostgreSQL),
 * or else a throw-away in-memory embedded one.
 */
export async function createTestDatabase(label: string, { embedded = !givenServer() } = {}): Promise<TestDatabase> {
  if (embedded) {
    const server = await startEmbedded(null);
    return { url: server.url, embedded: true, drop: () => server.stop() };
  }
  const base = new URL(givenServer()!);
  const name = `ict_${label}_${process.pid}_${Date.now()}`.toLowerCase();
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    async drop() {
      const client = new pg.Client({ connectionString: base.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
