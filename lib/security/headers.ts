/** Sent over https only; the other fixed headers are in next.config.js. */
export const strictTransportSecurity = "max-age=31536000; includeSubDomains";

/** A fresh, unguessable nonce for one response's scripts. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The page's Content-Security-Policy: scripts only from this origin with the request's nonce
 * (and what they load, `strict-dynamic`); inline styles stay allowed for the charts' SVG.
 * Development adds `'unsafe-eval'` for React's debugging tools.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** The API's answers are data: nothing in them may load or run, nor be framed. */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

/** Whether the browser reached us over https: the URL itself or the proxy in front of us says so. */
export function servedOverHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0].trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return new URL(request.url).protocol === "https:";
}
