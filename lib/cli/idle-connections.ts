import type { Server } from "node:http";

// How long an idle kept-alive connection stays open. Node closes it after 5 s by default, while
// reverse proxies keep theirs to the app for 60 s (nginx's upstream keepalive_timeout) and browsers
// for minutes: a request sent on a connection the server is just closing fails with a reset (a 502
// behind a proxy), which the bench's crowd met about once a minute. Longer than the proxies' own
// timeout, the server is never the one to close a connection a client still means to use.

export const idleConnectionMs = 65_000;

export function keepIdleConnections(server: Server): void {
  server.keepAliveTimeout = idleConnectionMs;
  // A request's headers may take as long as before, and longer than an idle connection waits.
  server.headersTimeout = Math.max(server.headersTimeout, idleConnectionMs + 1_000);
}
