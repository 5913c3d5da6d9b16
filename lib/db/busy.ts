import { AppError } from "@/lib/errors";

// A request that found no database turn in time (every connection busy past the wait, a lock
// held, too many connections) changed nothing: it is answered 503 with Retry-After and asked to
// try again, instead of a crash page. The waits are DATABASE_TRANSACTION_WAIT_MS (lib/db/client.ts).

/** The seconds a refused caller is asked to wait (`Retry-After`). */
export const retryAfterSeconds = 5;

// Prisma: P2028 a transaction not started (or expired) in time, P2024 no connection from the pool
// in time. PostgreSQL: too_many_connections, lock_not_available, serialization_failure, deadlock_detected.
const busyCodes = new Set(["P2028", "P2024", "53300", "55P03", "40001", "40P01"]);
// node-postgres's pool past connectionTimeoutMillis has no code, only this message.
const busyMessages = /timeout exceeded when trying to connect|Unable to start a transaction in the given time/i;

function isBusy(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as {
    code?: unknown;
    originalCode?: unknown;
    message?: unknown;
    cause?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (busyCodes.has(String(e.code)) || busyCodes.has(String(e.originalCode))) return true;
  if (typeof e.message === "string" && busyMessages.test(e.message)) return true;
  return isBusy(e.cause, depth + 1) || isBusy(e.meta?.driverAdapterError, depth + 1);
}

/** The 503 answer for an error that says the database had no turn for this request; null for any other. */
export function databaseBusy(error: unknown): AppError | null {
  return isBusy(error) ? new AppError("unavailable", [], "database busy", retryAfterSeconds) : null;
}
