import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { refusalBody } from "@/lib/api/request-guard";
import type { AppErrorCode } from "@/lib/errors";

// Answers the web server gives before Next, to requests Next cannot take: a method the Fetch API
// cannot represent (TRACE makes Next's proxy throw), CONNECT, a method Node's parser does not
// know, a request line or headers past Node's limit, an overlong address. Each gets the API's
// error body in the caller's language, never a dropped connection.

/** The longest request target (path and query) served; Node refuses more than 16 kB of headers itself. */
export const maxUrlLength = 8 * 1024;

const allow = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
const unrepresentable = new Set(["TRACE"]);
const statusText: Record<number, string> = {
  400: "Bad Request",
  405: "Method Not Allowed",
  414: "URI Too Long",
  431: "Request Header Fields Too Large",
};

function body(code: AppErrorCode, acceptLanguage: string | string[] | undefined): string {
  return JSON.stringify(refusalBody(code, typeof acceptLanguage === "string" ? acceptLanguage : undefined));
}

/** Answers a request Next must not see; false for any other. */
export function refuseBeforeNext(request: IncomingMessage, response: ServerResponse): boolean {
  const refusal: [number, AppErrorCode] | null = unrepresentable.has(request.method ?? "")
    ? [405, "methodNotAllowed"]
    : (request.url?.length ?? 0) > maxUrlLength
      ? [414, "uriTooLong"]
      : null;
  if (!refusal) return false;
  const [status, code] = refusal;
  const text = body(code, request.headers["accept-language"]);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "x-content-type-options": "nosniff",
    ...(status === 405 ? { allow } : {}),
  });
  response.end(text);
  return true;
}

/** A raw answer on a socket that Node's parser gave up on (or a CONNECT tunnel we do not open), then closes it. */
function answerSocket(socket: Duplex, status: number, code: AppErrorCode, acceptLanguage?: string | string[]): void {
  if (!socket.writable) return void socket.destroy();
  const text = body(code, acceptLanguage);
  const head = [
    `HTTP/1.1 ${status} ${statusText[status]}`,
    "content-type: application/json",
    "x-content-type-options: nosniff",
    `content-length: ${Buffer.byteLength(text)}`,
    "connection: close",
    ...(status === 405 ? [`allow: ${allow}`] : []),
  ];
  socket.end(`${head.join("\r\n")}\r\n\r\n${text}`);
}

/** CONNECT: this server is no proxy. */
export function refuseConnect(request: IncomingMessage, socket: Duplex): void {
  answerSocket(socket, 405, "methodNotAllowed", request.headers["accept-language"]);
}

/**
 * A request Node could not parse: an unknown method is 405, an overlong request line 414, overlong
 * headers 431, anything else 400. (Node's own answer would lose the API's body; for an overflow
 * it answered nothing here.)
 */
export function refuseUnparsable(error: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex): void {
  if (error.code === "ECONNRESET") return void socket.destroy();
  if (error.code === "HPE_INVALID_METHOD") return answerSocket(socket, 405, "methodNotAllowed");
  if (error.code === "HPE_HEADER_OVERFLOW") {
    const packet = error.rawPacket?.toString("latin1") ?? "";
    const lineEnd = packet.indexOf("\r\n");
    const longLine = lineEnd < 0 || lineEnd > maxUrlLength;
    return answerSocket(socket, longLine ? 414 : 431, longLine ? "uriTooLong" : "malformed");
  }
  answerSocket(socket, 400, "malformed");
}
