// The address of the caller that limits and the sign-in log use. Only the web server (lib/cli/
// serve.ts) knows the connection: it writes the address into a header of its own, over whatever the
// caller sent in it, and marks the process; without that mark the header is not believed.

/** The request header the web server sets to the caller's address. */
export const clientAddressHeader = "x-ict-client-address";
/** A caller whose address nobody vouches for (the app served without lib/cli/serve.ts). */
export const unknownAddress = "unknown";

const marker = Symbol.for("ict-report-desk.client-address-from-socket");
type Marked = typeof globalThis & { [marker]?: boolean };

/** Called by the web server before it serves: from now on the header is its own. */
export function markClientAddressSet(): void {
  (globalThis as Marked)[marker] = true;
}

/** The caller's address from a request's headers (a Headers object or next-auth's plain record); `unknown` without the web server's word. */
export function clientAddress(headers: Headers | Record<string, unknown> | undefined): string {
  if (!headers || (globalThis as Marked)[marker] !== true) return unknownAddress;
  const value =
    typeof (headers as Headers).get === "function"
      ? (headers as Headers).get(clientAddressHeader)
      : (headers as Record<string, unknown>)[clientAddressHeader];
  return typeof value === "string" && value ? value.slice(0, 100) : unknownAddress;
}
