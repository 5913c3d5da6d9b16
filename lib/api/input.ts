import "server-only";
import type { z } from "zod";
import { formFields } from "@/lib/actions/define";
import { AppError } from "@/lib/errors";
import { unstorablePath } from "@/lib/forms/storable";

// What an /api/v1 route reads of a request, bounded before and while it is read: the body's bytes
// as they arrive (declared length or not), JSON's nesting before it is parsed, and text that
// PostgreSQL cannot store (NUL, lone surrogates) refused naming its field. Nothing here is a 500.

/** The largest JSON body the API reads. */
export const maxJsonBytes = 1024 * 1024;
/** The deepest nesting of arrays and objects a JSON body may have; the API's own bodies need 4. */
export const maxJsonDepth = 32;

function refuseUnstorable(value: unknown): void {
  const path = unstorablePath(value);
  if (path !== null) throw new AppError("malformed", [{ path, message: "nul" }]);
}

/** The body as a stream that fails with 413 once more than `limit` bytes have arrived. */
function limitedBody(request: Request, limit: number): ReadableStream<Uint8Array> | null {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= limit)) throw new AppError("tooLarge", [{ limitBytes: limit }]);
  if (!request.body) return null;
  let size = 0;
  return request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > limit) controller.error(new AppError("tooLarge", [{ limitBytes: limit }]));
        else controller.enqueue(chunk);
      },
    }),
  );
}

async function readLimited(request: Request, limit: number): Promise<string> {
  const body = limitedBody(request, limit);
  if (!body) return "";
  const chunks: Uint8Array[] = [];
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("malformed");
  }
}

/** Whether JSON text nests arrays and objects deeper than `max`; read before parsing, in one pass. */
export function jsonTooDeep(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/**
 * Reads a JSON body: only `application/json` (415), at most 1 MB (or `limit` bytes: a past
 * report's text) counted before and while reading (413), nested at most 32 deep, valid JSON whose
 * strings PostgreSQL can store (400).
 */
export async function readJson(request: Request, limit = maxJsonBytes): Promise<unknown> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") throw new AppError("unsupportedMediaType");
  const text = await readLimited(request, limit);
  if (jsonTooDeep(text, maxJsonDepth))
    throw new AppError("malformed", [{ path: "", message: "jsonDepth", params: { max: maxJsonDepth } }]);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("malformed");
  }
  refuseUnstorable(body);
  return body;
}

/**
 * Reads a multipart form of at most `limit` bytes, counted as they arrive (413); its field names,
 * values and file names must be storable text (400). Files come back as Blobs, unread.
 */
export async function readForm(request: Request, limit: number): Promise<Record<string, FormDataEntryValue>> {
  const body = limitedBody(request, limit);
  let form: FormData;
  try {
    form = await new Request(request.url, {
      method: "POST",
      headers: request.headers,
      body,
      duplex: "half",
    } as RequestInit).formData();
  } catch (error) {
    // The stream's 413 comes back wrapped by the form parser, or as itself.
    const cause = error instanceof AppError ? error : (error as { cause?: unknown })?.cause;
    if (cause instanceof AppError) throw cause;
    throw new AppError("malformed");
  }
  const fields = formFields(form);
  refuseUnstorable(fields);
  return fields;
}

/** Query parameters through a zod schema; bad ones (or unstorable text) are a malformed request (400). */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  refuseUnstorable(params);
  const parsed = schema.safeParse(params);
  if (!parsed.success)
    throw new AppError(
      "malformed",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  return parsed.data;
}

/** A path segment of the route (an id): unstorable or overlong values are a malformed request. */
export function pathParam(value: string): string {
  if (!value || value.length > 100 || unstorablePath(value) !== null) throw new AppError("malformed");
  return value;
}
