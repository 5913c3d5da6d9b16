import { AppError } from "@/lib/errors";

const writeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/** The origins this app answers on: NEXTAUTH_URL's and the one the request was addressed to. */
function ownOrigins(request: Request): Set<string> {
  const origins = new Set<string>([new URL(request.url).origin]);
  const configured = originOf(process.env.NEXTAUTH_URL ?? null);
  if (configured) origins.add(configured);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    const proto =
      request.headers.get("x-forwarded-proto")?.split(",")[0].trim() || new URL(request.url).protocol.replace(":", "");
    const own = originOf(`${proto}://${host.split(",")[0].trim()}`);
    if (own) origins.add(own);
  }
  return origins;
}

/**
 * Cross-site request forgery guard for route handlers that accept the session cookie: a write
 * (POST, PUT, PATCH, DELETE) with cookies and no bearer token must come from a page of this app,
 * as its `Origin` (else `Referer`) shows; otherwise 403. Bearer-token callers are not affected;
 * a request without cookies cannot use a session and gets the handler's 401.
 */
export function assertSameOriginWrite(request: Request): void {
  if (!writeMethods.has(request.method.toUpperCase())) return;
  if (request.headers.has("authorization") || !request.headers.has("cookie")) return;
  const header = request.headers.get("origin");
  const origin = header !== null ? originOf(header) : originOf(request.headers.get("referer"));
  if (!origin || !ownOrigins(request).has(origin)) throw new AppError("forbidden");
}
