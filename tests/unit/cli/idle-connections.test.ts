import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepIdleConnections } from "@/lib/cli/idle-connections";

// A client that comes back after Node's default 5 s finds its kept-alive connection still open.

describe("idle kept-alive connections", () => {
  const server = http.createServer((_request, response) => response.end("ok"));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let port = 0;

  beforeAll(async () => {
    keepIdleConnections(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    agent.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const localPort = () =>
    new Promise<number>((resolve, reject) => {
      http
        .get({ host: "127.0.0.1", port, agent }, (response) => {
          const used = response.socket.localPort!;
          response.resume();
          response.on("end", () => resolve(used));
        })
        .on("error", reject);
    });

  it("serves a second request on the same connection after 6 s idle", async () => {
    const first = await localPort();
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await localPort()).toBe(first);
  }, 15_000);
});
