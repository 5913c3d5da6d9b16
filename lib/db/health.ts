import "server-only";
import { db } from "./client";
import { isDatabaseUnreachable } from "./unreachable";

/** "ok", or "unreachable" while the database cannot be reached; any other failure is thrown. */
export async function getDatabaseStatus(): Promise<"ok" | "unreachable"> {
  try {
    await db().$queryRaw`SELECT 1`;
    return "ok";
  } catch (error) {
    if (isDatabaseUnreachable(error)) return "unreachable";
    throw error;
  }
}
