import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

const globalForDb = globalThis as { ictDb?: PrismaClient };

/**
 * The one Prisma client, created on first use (next build imports routes without a database).
 * DATABASE_POOL_SIZE=1 for the embedded database, which is a single PostgreSQL session.
 */
export function db(): PrismaClient {
  if (globalForDb.ictDb) return globalForDb.ictDb;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the embedded database.");
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  globalForDb.ictDb = new PrismaClient({ adapter: new PrismaPg({ connectionString, max }) });
  return globalForDb.ictDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.ictDb?.$disconnect();
  globalForDb.ictDb = undefined;
}
