// Whether an error means "the database cannot be reached right now" (stopped, restarting, network
// down), as opposed to a bad query or bad credentials: the pages then say so and retry by themselves.

/** Node's socket and DNS errors, and Prisma's "can't reach", "timed out", "server closed the connection". */
const unreachableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "P1001",
  "P1002",
  "P1017",
]);

/** PostgreSQL's connection exceptions (class 08) and a server shutting down or starting up (57P01-57P03). */
const unreachableSqlState = /^(08[0-9A-Z]{3}|57P0[1-3])$/;

/** What @prisma/adapter-pg calls a socket failure (in a Prisma error's meta.driverAdapterError.cause). */
const unreachableAdapterKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);

/** node-postgres's own messages, which carry no code. */
const unreachableMessage = /^(Connection terminated|timeout exceeded when trying to connect)/;

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
  meta?: { driverAdapterError?: unknown };
}

export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const { code, kind, message, cause, errors, meta } = error as ErrorLike;
  if (typeof code === "string" && (unreachableCodes.has(code) || unreachableSqlState.test(code))) return true;
  if (typeof kind === "string" && unreachableAdapterKinds.has(kind)) return true;
  if (typeof message === "string" && unreachableMessage.test(message)) return true;
  // Prisma wraps the adapter's error; connecting to several addresses fails with an AggregateError.
  const inner = [cause, meta?.driverAdapterError, ...(Array.isArray(errors) ? errors : [])];
  return inner.some((e) => isDatabaseUnreachable(e, depth + 1));
}
