import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

const globalForDb = globalThis as { ictDb?: PrismaClient; ictPool?: pg.Pool };

// Checked when a command starts (lib/environment.ts); read here when the pool is made.
const setting = (name: string, fallback: number) => Number(process.env[name] || fallback);
/** Connections of the pool (DATABASE_POOL_SIZE, default 10). */
const poolSize = () => setting("DATABASE_POOL_SIZE", 10);
/** How long a request waits for a connection or a transaction's turn before its 503 (lib/db/busy.ts). */
const waitMs = () => setting("DATABASE_TRANSACTION_WAIT_MS", 10_000);
/** How long a transaction may run before it is rolled back. */
const transactionMs = () => setting("DATABASE_TRANSACTION_TIMEOUT_MS", 20_000);

/** The one connection pool, created on first use (next build imports routes without a database). */
function pool(): pg.Pool {
  if (globalForDb.ictPool) return globalForDb.ictPool;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString)
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.");
  // An idle connection that the server closes (PostgreSQL stopping or restarting) is dropped by the
  // pool and logged here: without a listener, that error would stop the whole app.
  const created = new pg.Pool({ connectionString, max: poolSize(), connectionTimeoutMillis: waitMs() });
  created.on("error", (error) => console.error(`Database connection lost: ${error.message}`));
  globalForDb.ictPool = created;
  return created;
}

/** The one Prisma client, on the pool. */
export function db(): PrismaClient {
  globalForDb.ictDb ??= new PrismaClient({
    adapter: new PrismaPg(pool()),
    transactionOptions: { maxWait: waitMs(), timeout: transactionMs() },
  });
  return globalForDb.ictDb;
}

/**
 * A named prepared statement on the same pool, for the query every request makes (the session
 * user): PostgreSQL plans it once per connection instead of on every call (0,2 ms instead of 0,9
 * through Prisma, measured by `npm run bench`). Default pg type parsing: text[] is string[].
 */
export async function queryPrepared<Row>(name: string, text: string, values: unknown[]): Promise<Row[]> {
  return (await pool().query<Row & pg.QueryResultRow>({ name, text, values })).rows;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.ictDb?.$disconnect();
  await globalForDb.ictPool?.end();
  globalForDb.ictDb = undefined;
  globalForDb.ictPool = undefined;
}
