import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { db, disconnectDb } from "@/lib/db/client";
import { isDatabaseUnreachable } from "@/lib/db/unreachable";
import { TcpProxy } from "../support/tcp-proxy";

// The app's one pool behind a relay that plays PostgreSQL stopping and starting again.
describe("an unreachable database", () => {
  const saved = process.env.DATABASE_URL!;
  let proxy: TcpProxy;

  beforeAll(async () => {
    const target = new URL(saved);
    proxy = await TcpProxy.create({ host: target.hostname, port: Number(target.port || 5432) });
    await disconnectDb();
    process.env.DATABASE_URL = proxy.through(saved);
  });

  afterAll(async () => {
    await disconnectDb();
    await proxy.stop();
    process.env.DATABASE_URL = saved;
  });

  const status = async () => {
    const response = await health();
    return { status: response.status, body: await response.json() };
  };

  it("is recognised in Prisma's real error, and /api/health answers 503 until the database is back", async () => {
    const error = await db()
      .organisation.count()
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ code: "P1001" });
    expect(isDatabaseUnreachable(error)).toBe(true);
    expect(await status()).toEqual({ status: 503, body: { database: "unreachable" } });

    await proxy.start();
    expect(await status()).toEqual({ status: 200, body: { database: "ok" } });
  });

  it("survives PostgreSQL cutting the pool's open connections, and recovers when it comes back", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await db().organisation.count(); // an idle connection in the pool
    await proxy.stop();
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^Database connection lost/)));
    logged.mockRestore();
    expect(await status()).toEqual({ status: 503, body: { database: "unreachable" } });

    await proxy.start();
    expect(await status()).toEqual({ status: 200, body: { database: "ok" } });
    expect(await db().organisation.count()).toBeGreaterThanOrEqual(0);
  });

  it("is not claimed for other failures: a bad query is thrown as it is", async () => {
    const error = await db()
      .$queryRawUnsafe("SELEC 1")
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeTruthy();
    expect(isDatabaseUnreachable(error)).toBe(false);
  });
});
