import "server-only";
import { ZodError, type z } from "zod";
import { AppError, errorStatus, isAppError } from "@/lib/errors";
import { getDictionary, localeFromAcceptLanguage } from "@/lib/i18n/dictionary";

function errorResponse(request: Request, error: AppError): Response {
  const messages = getDictionary(localeFromAcceptLanguage(request.headers.get("accept-language"))).errors;
  return Response.json(
    { error: { code: error.code, message: messages[error.code], details: error.details } },
    { status: errorStatus[error.code] },
  );
}

/**
 * Wraps an /api/v1 handler: expected failures become the API's error shape in the caller's
 * language; anything else is logged and answered with 500 without internals.
 */
export function apiRoute<C>(handler: (request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
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

/** Reads a JSON body; a body that is not JSON is a 400, not a 500. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("malformed");
  }
}

/** Query parameters through a zod schema; bad ones are a malformed request (400). */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw new AppError("malformed", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  return parsed.data;
}

export function requestLocale(request: Request) {
  return localeFromAcceptLanguage(request.headers.get("accept-language"));
}
