import { errorStatus, type AppErrorCode } from "@/lib/errors";
import { getDictionary, localeFromAcceptLanguage } from "@/lib/i18n/dictionary";

// Requests to /api/v1 that Next itself would answer with an empty body (a method it does not
// route, a path whose percent-encoding cannot be decoded): answered here in the API's error shape.

const routedMethods = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);

/** The API's error body for a refusal, in the language the client asks for. */
export function refusalBody(code: AppErrorCode, acceptLanguage: string | null | undefined) {
  const messages = getDictionary(localeFromAcceptLanguage(acceptLanguage ?? null)).errors;
  return { error: { code, message: messages[code as keyof typeof messages], details: [] } };
}

function refuse(request: Request, code: AppErrorCode): Response {
  return Response.json(refusalBody(code, request.headers.get("accept-language")), { status: errorStatus[code] });
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
