/**
 * The same-origin path (with query and hash) a redirect may go to, or null when `url` would leave
 * `baseUrl`'s origin: another origin, another scheme, or a path browsers read as a host
 * (`//evil.example`, `/\evil.example`, also when percent-encoded or reached through `/./`).
 */
export function sameOriginPath(url: string, baseUrl: string): string | null {
  let base: URL;
  let target: URL;
  try {
    base = new URL(baseUrl);
    target = new URL(url, base);
  } catch {
    return null;
  }
  if (target.origin !== base.origin) return null;
  const path = target.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (/^[/\\]{2}/.test(path) || /^[/\\]{2}/.test(decoded)) return null;
  return `${path}${target.search}${target.hash}`;
}

/** next-auth's `redirect` callback: a same-origin URL, anything else goes to the home page. */
export function safeRedirect(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  const path = sameOriginPath(url, baseUrl);
  return path === null ? `${origin}/` : `${origin}${path}`;
}
