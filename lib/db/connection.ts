import { startEmbedded } from "./embedded";
import { moveOldEmbeddedFolder } from "./move-pglite";

export interface Database {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * The database of command-line tools: DATABASE_URL when set, otherwise the embedded server under
 * .data/ (started here, or the one a running app already serves), after moving in the data of an
 * earlier version's embedded database (lib/db/move-pglite.ts). Sets the environment that the
 * Prisma client reads, so data modules work unchanged.
 */
export async function openDatabase(): Promise<Database> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, embedded: false, close: async () => {} };
  const server = await startEmbedded();
  try {
    await moveOldEmbeddedFolder(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  process.env.DATABASE_URL = server.url;
  return {
    url: server.url,
    embedded: true,
    async close() {
      const { disconnectDb } = await import("./client");
      await disconnectDb();
      await server.stop();
      delete process.env.DATABASE_URL;
    },
  };
}
