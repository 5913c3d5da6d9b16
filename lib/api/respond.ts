import "server-only";
import { ZodError, type z } from "zod";
import { databaseBusy } from "@/lib/db/busy";
import { AppError, errorStatus, isAppError } from "@/lib/errors";
import { issueText, validationText } from "@/lib/actions/issues";
import { getDictionary, localeFromAcceptLanguage, type Dictionary } from "@/lib/i18n/dictionary";
import { assertSameOriginWrite } from "@/lib/security/origin";
import { authenticateRequest } from "./authenticate";
import type { SessionUser } from "@/lib/auth/data";
import { hasRole, type Role } from "@/lib/auth/roles";

type Detail = { message?: unknown; params?: Record<string, string | number> };

/** A detail whose message is a `validation` key (`"nul"`) carries its text in the caller's language. */
function wordedDetail(detail: unknown, t: Dictionary): unknown {
  const { message, params } = (detail ?? {}) as Detail;
  const text = validationText(message, t, params);
  return text ? { ...(detail as object), message: text } : detail;
}

/**
 * A zod issue in the caller's language: the schema's own message (a `validation` key, or a refine's
 * text) as it is, zod's English wording of a bound or a type worded again from its code.
 */
function issueMessage(issue: z.core.$ZodIssue, t: Dictionary): string {
  const params = ("params" in issue ? issue.params : undefined) as Record<string, string | number> | undefined;
  const own = validationText(issue.message, t, params);
  if (own || issue.code === "custom") return own ?? issue.message;
  // Finished issues do not carry their input: a missing value is told by zod's own wording.
  const input = issue.code === "invalid_type" && /received undefined$/.test(issue.message) ? undefined : 0;
  return issueText({ ...issue, input } as z.core.$ZodRawIssue, t);
}

function errorResponse(request: Request, error: AppError): Response {
  const t = getDictionary(requestLocale(request));
  return Response.json(
    {
      error: { code: error.code, message: t.errors[error.code], details: error.details.map((d) => wordedDetail(d, t)) },
    },
    {
      status: errorStatus[error.code],
      headers: error.retryAfter ? { "Retry-After": String(error.retryAfter) } : undefined,
    },
  );
}

/**
 * The API's answers to failure around a handler: a forged cross-site write is refused before it
 * runs; expected failures become the API's error shape in the caller's language; anything else is
 * logged and answered 500 without internals. Routes use apiRoute, which adds who may call them.
 */
export function withApiErrors<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      assertSameOriginWrite(request);
      return await handler(request, context);
    } catch (error) {
      if (isAppError(error)) return errorResponse(request, error);
      const busy = databaseBusy(error);
      if (busy) return errorResponse(request, busy);
      if (error instanceof ZodError) {
        const t = getDictionary(requestLocale(request));
        const details = error.issues.map((i) => ({ path: i.path.join("."), message: issueMessage(i, t) }));
        return errorResponse(request, new AppError("invalid", details));
      }
      console.error(error);
      return Response.json(
        { error: { code: "internal", message: getDictionary(requestLocale(request)).errors.internal, details: [] } },
        { status: 500 },
      );
    }
  };
}

/** Who may call a route: it is refused (403) to any other role before its handler runs. */
export interface RouteAccess {
  roles: readonly Role[];
}

/** What a route's handler is given: the request, its authenticated caller, the path's parameters. */
export interface RouteCall<P> {
  request: Request;
  actor: SessionUser;
  params: P;
}

/**
 * A route handler (the API's, and the files pages download): the caller is authenticated (bearer
 * token or session, else 401) and must hold one of `access.roles` (else 403) before the handler
 * runs; what the handler reads or writes is then checked against the record. Failures are answered
 * by withApiErrors. The authorisation table test reads `access` from the returned handler.
 */
export function apiRoute<P extends Record<string, string> = Record<string, never>>(
  access: RouteAccess,
  handler: (call: RouteCall<P>) => Promise<Response>,
) {
  // Next passes `{ params }` to every route; a route without parameters may be called without it.
  const route = withApiErrors(async (request: Request, context: { params?: Promise<P> } = {}) => {
    const actor = await authenticateRequest(request);
    if (!hasRole(actor, access.roles)) throw new AppError("forbidden");
    return handler({ request, actor, params: ((await context.params) ?? {}) as P });
  });
  return Object.assign(route, { access });
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
