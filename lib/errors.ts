import type { Dictionary } from "@/lib/i18n/dictionary";

/** Expected failures with a small set of codes; API routes map them to HTTP statuses. */
export const errorStatus = {
  malformed: 400,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  methodNotAllowed: 405,
  conflict: 409,
  invalid: 422,
  locked: 423,
  tooLarge: 413,
  uriTooLong: 414,
  unsupportedMediaType: 415,
  tooMany: 429,
  busy: 429,
  unavailable: 503,
} as const satisfies Record<string, number> & { [K in keyof Dictionary["errors"]]?: number };

export type AppErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly details: unknown[] = [],
    message?: string,
    /** Seconds to wait before trying again (429 answers carry it as `Retry-After`). */
    readonly retryAfter?: number,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
