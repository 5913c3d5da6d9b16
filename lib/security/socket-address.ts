import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

// The caller's address as the web server sees it: the connection's, unless the connection comes
// from a proxy the organisation trusts (TRUSTED_PROXIES), then the right-most X-Forwarded-For hop
// that is not a trusted proxy, as Express's `trust proxy` reads it (proxy-addr).

/**
 * TRUSTED_PROXIES: comma-separated addresses, CIDR ranges and the names `loopback`, `linklocal`,
 * `uniquelocal` (e.g. `loopback, 10.0.0.0/8`). Empty: no proxy, X-Forwarded-For is never read.
 */
export function trustedProxies(value: string | undefined): (address: string, hop: number) => boolean {
  const list = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return proxyaddr.compile(list);
}

/** Whether TRUSTED_PROXIES can be read: null when it can, else why not. */
export function trustedProxiesProblem(value: string): string | null {
  try {
    trustedProxies(value);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The caller's address (IPv4 written plainly, not as `::ffff:10.0.0.1`), or null when the socket is gone. */
export function socketClientAddress(
  request: IncomingMessage,
  trust: (address: string, hop: number) => boolean,
): string | null {
  if (!request.socket?.remoteAddress) return null;
  const address = proxyaddr(request, trust);
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address;
}
