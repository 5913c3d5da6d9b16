import net from "node:net";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { isDatabaseUnreachable } from "@/lib/db/unreachable";

/** A local port where nothing listens. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A Prisma error as @prisma/adapter-pg 7 reports it (seen with PostgreSQL stopped or restarting). */
function prismaError(code: string, cause: Record<string, unknown>) {
  return Object.assign(new Error("Invalid `prisma.organisation.count()` invocation"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: {
      modelName: "Organisation",
      driverAdapterError: Object.assign(new Error(String(cause.kind)), { name: "DriverAdapterError", cause }),
    },
  });
}

describe("isDatabaseUnreachable", () => {
  it("recognises node-postgres failing to connect to a closed port", async () => {
    const client = new pg.Client({
      connectionString: `postgresql://postgres:postgres@127.0.0.1:${await closedPort()}/postgres`,
    });
    const error = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: "ECONNREFUSED" });
    expect(isDatabaseUnreachable(error)).toBe(true);
  });

  it("recognises Prisma's errors for a server that cannot be reached, times out or closes the connection", () => {
    expect(
      isDatabaseUnreachable(prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })),
    ).toBe(true);
    expect(isDatabaseUnreachable(prismaError("P1017", { kind: "ConnectionClosed" }))).toBe(true);
    expect(isDatabaseUnreachable({ code: "P1002" })).toBe(true);
    // A raw query's error (P2010) carries the adapter's cause: a connection the server ended.
    expect(
      isDatabaseUnreachable(
        prismaError("P2010", {
          kind: "postgres",
          code: "57P01",
          message: "terminating connection due to administrator command",
        }),
      ),
    ).toBe(true);
    expect(isDatabaseUnreachable(prismaError("P2010", { kind: "DatabaseNotReachable" }))).toBe(true);
  });

  it("recognises PostgreSQL shutting down or starting, connection exceptions, DNS and socket failures", () => {
    for (const code of [
      "57P01",
      "57P02",
      "57P03",
      "08006",
      "08001",
      "ENOTFOUND",
      "EAI_AGAIN",
      "ETIMEDOUT",
      "ECONNRESET",
      "EHOSTUNREACH",
    ]) {
      expect(isDatabaseUnreachable(Object.assign(new Error(code), { code })), code).toBe(true);
    }
    expect(isDatabaseUnreachable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnreachable(new Error("timeout exceeded when trying to connect"))).toBe(true);
  });

  it("looks inside causes and AggregateErrors (one failure per address tried)", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED ::1:5432"), { code: "ECONNREFUSED" });
    expect(isDatabaseUnreachable(new AggregateError([refused, refused]))).toBe(true);
    expect(isDatabaseUnreachable(new Error("query failed", { cause: refused }))).toBe(true);
  });

  it("does not mistake other failures for an unreachable database", () => {
    expect(isDatabaseUnreachable(prismaError("P1000", { kind: "AuthenticationFailed" }))).toBe(false);
    expect(isDatabaseUnreachable(prismaError("P1003", { kind: "DatabaseDoesNotExist" }))).toBe(false);
    expect(isDatabaseUnreachable(prismaError("P2002", { kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(
      isDatabaseUnreachable(prismaError("P2010", { kind: "postgres", code: "42601", message: "syntax error" })),
    ).toBe(false);
    expect(isDatabaseUnreachable(Object.assign(new Error("password authentication failed"), { code: "28P01" }))).toBe(
      false,
    );
    expect(isDatabaseUnreachable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    for (const value of [null, undefined, "ECONNREFUSED", 42]) expect(isDatabaseUnreachable(value)).toBe(false);
  });

  it("stops on an error that is its own cause", () => {
    const loop: Error & { cause?: unknown } = new Error("loop");
    loop.cause = loop;
    expect(isDatabaseUnreachable(loop)).toBe(false);
  });
});
