import cluster from "node:cluster";
import { createServer } from "node:http";
import path from "node:path";
import { clientAddressHeader, markClientAddressSet, unknownAddress } from "@/lib/security/client-address";
import { socketClientAddress, trustedProxies } from "@/lib/security/socket-address";
import { keepIdleConnections } from "./idle-connections";
import { refuseBeforeNext, refuseConnect, refuseUnparsable } from "./serve-guards";

// One web server process: Next (`next start`, or `next dev`) behind a few answers of its own
// (serve-guards.ts), and the caller's address taken from the connection (and the trusted proxies'
// X-Forwarded-For) into a header that no caller can set (lib/security/client-address.ts).

/** Serves on port until SIGTERM. */
export async function runWebServer({ port, dev }: { port: number; dev: boolean }): Promise<void> {
  // As `next start` and `next dev` do, before Next loads.
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
  const { default: next } = await import("next");
  // Next fetches its own redirects and rewrites: it must know where it listens.
  const app = next({ dev, dir: path.resolve(import.meta.dirname, "../.."), hostname: "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const trust = trustedProxies(process.env.TRUSTED_PROXIES);
  markClientAddressSet();

  const server = createServer((request, response) => {
    if (refuseBeforeNext(request, response)) return;
    request.headers[clientAddressHeader] = socketClientAddress(request, trust) ?? unknownAddress;
    void handle(request, response);
  });
  keepIdleConnections(server);
  server.on("connect", refuseConnect);
  server.on("clientError", refuseUnparsable);
  server.listen(port, () => console.log(`▲ Next.js ready on http://localhost:${port}`));
  // Stopped (npm start's Ctrl+C, its supervisor, systemd): answers end and the process exits normally,
  // so that exit work runs (a CPU profile of `npm run bench -- --profile` is written then).
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  // One of several (web-workers.ts): a primary that is gone, however it went, takes its web servers with it.
  if (cluster.isWorker) process.on("disconnect", stop);
}
