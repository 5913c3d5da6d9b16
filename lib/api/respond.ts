import "server-only";
import { ZodError, type z } from "zod";
import { AppError, errorStatus, isAppError } from "@/lib/errors";
import { getDictionary, localeFromAcceptLanguage } from "@/lib/i18n/dictionary";
import { assertSameOriginWrite } from "@/lib/security/origin";

function errorResponse(request: Request, error: AppError): Response {
  const messages = getDictionary(localeFromAcceptLanguage(request.headers.get("accept-language"))).errors;
  return Response.json(
    { error: { code: error.code, message: messages[error.code], details: error.details } },
    { status: errorStatus[error.code], headers: error.retryAfter ? { "Retry-After": String(error.retryAfter) } : undefined },
  );
}

/**
 * Wraps an /api/v1 handler: expected failures become the API's error shape in the caller's
 * language; anything else is logged and answered with 500 without internals.
 */
export function apiRoute<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      assertSameOriginWrite(request);
      return await handler(request, context);
    } catch (error) {
      if (isAppError(error)) return errorResponse(request, error);
      if (error instanceof ZodError) {
        const details = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
        return errorResponse(request, new AppError("invalid", details));
      }
      console.error(error);
      const messages = getDictionary(localeFromAcceptLanguage(request.headers.get("accept-language"))).errors;
      return Response.json({ error: { code: "internal", message: messages.internal, details: [] } }, { status: 500 });
    }
  };
}

/** The largest JSON body the API reads. */
export const maxJsonBytes = 1024 * 1024;

/** Whether a parsed value holds a NUL character anywhere: PostgreSQL text cannot store one. */
export function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => k.includes("\u0000") || containsNul(v));
  return false;
}

async function readLimited(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= limit)) throw new AppError("tooLarge");
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new AppError("tooLarge");
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("malformed");
  }
}

/**
 * Reads a JSON body: only `application/json` (415), at most 1 MB (or `limit` bytes: a past
 * report's text) counted before and while reading (413), valid JSON without NUL characters (400).
 * Nothing here is a 500.
 */
export async function readJson(request: Request, limit = maxJsonBytes): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") throw new AppError("unsupportedMediaType");
  const text = await readLimited(request, limit);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("malformed");
  }
  if (containsNul(body)) throw new AppError("malformed", [{ path: "", message: "NUL" }]);
  return body;
}

/** Query parameters through a zod schema; bad ones (or a NUL character) are a malformed request (400). */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  if (containsNul(params)) throw new AppError("malformed", [{ path: "", message: "NUL" }]);
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new AppError("malformed", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  return parsed.data;
}

/** A path segment of the route (an id): NUL characters or overlong values are a malformed request. */
export function pathParam(value: string): string {
  if (!value || value.length > 100 || containsNul(value)) throw new AppError("malformed");
  return value;
}

// Next answers HEAD from GET itself.
const apiMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/**
 * Handlers for the methods a route does not support: a 405 in the API's error shape with `Allow`,
 * instead of Next's empty answer, and OPTIONS with the true `Allow`. Spread into a route file:
 * `export const { PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET", "PUT"])`.
 */
export function methodNotAllowed(allowed: readonly string[]) {
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const answer = (request: Request) => {
    const response = errorResponse(request, new AppError("methodNotAllowed"));
    response.headers.set("allow", allow);
    return response;
  };
  type Handler = (request: Request) => Promise<Response>;
  const handlers: Partial<Record<(typeof apiMethods)[number], Handler>> = {};
  for (const method of apiMethods) if (!allowed.includes(method)) handlers[method] = async (request) => answer(request);
  // Next's own OPTIONS would list these 405 handlers as allowed.
  const OPTIONS: Handler = async () => new Response(null, { status: 204, headers: { allow } });
  return { ...(handlers as Record<(typeof apiMethods)[number], Handler>), OPTIONS };
}

export function requestLocale(request: Request) {
  return localeFromAcceptLanguage(request.headers.get("accept-language"));
}
