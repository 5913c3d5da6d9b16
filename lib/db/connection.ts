import type { PGlite } from "@electric-sql/pglite";
import { startEmbedded } from "./embedded";

export interface Database {
  url: string;
  embedded: boolean;
  /** The embedded database when this process holds it (backups are taken through it). */
  pglite: PGlite | null;
  close(): Promise<void>;
}

/**
 * The database of command-line tools: DATABASE_URL when set, otherwise the embedded one under
 * .data/ (started here, or the one a running app already serves). Sets the environment that
 * the Prisma client reads, so data modules work unchanged.
 */
export async function openDatabase(): Promise<Database> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, embedded: false, pglite: null, close: async () => {} };
  const server = await startEmbedded();
  process.env.DATABASE_URL = server.url;
  process.env.DATABASE_POOL_SIZE = "1";
  return {
    url: server.url,
    embedded: true,
    pglite: server.pglite,
    async close() {
      const { disconnectDb } = await import("./client");
      await disconnectDb();
      await server.stop();
      delete process.env.DATABASE_URL;
    },
  };
}
