import { errorStatus, type AppErrorCode } from "@/lib/errors";
import { getDictionary, localeFromAcceptLanguage } from "@/lib/i18n/dictionary";

// Requests to /api/v1 that Next itself would answer with an empty body (a method it does not
// route, a path whose percent-encoding cannot be decoded): answered here in the API's error shape.

const routedMethods = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);

function refuse(request: Request, code: AppErrorCode, headers?: Record<string, string>): Response {
  const messages = getDictionary(localeFromAcceptLanguage(request.headers.get("accept-language"))).errors;
  return Response.json({ error: { code, message: messages[code as keyof typeof messages], details: [] } }, { status: errorStatus[code], headers });
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A 405 for a method no route handles (TRACE, CONNECT, …), a 400 for a broken percent-encoding; null for anything else. */
export function refuseMalformedApiRequest(request: Request): Response | null {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith("/api/v1/") && pathname !== "/api/v1") return null;
  if (!routedMethods.has(request.method.toUpperCase())) return refuse(request, "methodNotAllowed");
  if (!decodes(pathname) || pathname.includes("%00")) return refuse(request, "malformed");
  return null;
}
