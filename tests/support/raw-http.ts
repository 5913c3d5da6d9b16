import { request as httpRequest } from "node:http";
import { connect } from "node:net";

// Requests as an attacker sends them, below what fetch allows: any method, a body in chunks without
// a length, a raw request line, a chosen source address on the loopback network.

export interface RawAnswer {
  /** 0 when the connection closed without an answer. */
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  ms: number;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** Sent whole with its Content-Length; an array is sent chunk by chunk without one (chunked). */
  body?: string | Buffer | (string | Buffer)[];
  /** The source address (any 127.x.y.z reaches the server): a caller of its own for the limits. */
  localAddress?: string;
}

export function send(
  port: number,
  { method = "GET", path, headers = {}, body, localAddress }: RawRequest,
): Promise<RawAnswer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = httpRequest({ host: "127.0.0.1", port, method, path, headers, localAddress }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("utf8"),
          headers: response.headers,
          ms: performance.now() - started,
        }),
      );
      response.on("error", () =>
        resolve({
          status: response.statusCode ?? 0,
          body: "",
          headers: response.headers,
          ms: performance.now() - started,
        }),
      );
    });
    request.on("error", () => resolve({ status: 0, body: "", headers: {}, ms: performance.now() - started }));
    if (Array.isArray(body)) {
      const chunks = [...body];
      const next = () => {
        const chunk = chunks.shift();
        if (chunk === undefined) return void request.end();
        if (request.write(chunk)) setImmediate(next);
        else request.once("drain", next);
      };
      request.on("error", () => chunks.splice(0));
      next();
    } else request.end(body);
  });
}

/** A request written byte for byte on a socket (CONNECT, unknown methods, overlong lines); the status line's code, 0 if none. */
export function sendRaw(port: number, text: string): Promise<RawAnswer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (d) => (received += d.toString("utf8")));
    const done = () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      resolve({
        status,
        body: received.slice(received.indexOf("\r\n\r\n") + 4),
        headers: {},
        ms: performance.now() - started,
      });
    };
    socket.on("close", done);
    socket.on("error", () => undefined);
    socket.setTimeout(10_000, () => socket.destroy());
    socket.write(text, () => undefined);
  });
}

/** A multipart body with one file and text fields. */
export function multipart(
  fields: Record<string, string>,
  file?: { name: string; content: Buffer | string; type?: string },
): { body: Buffer; type: string } {
  const boundary = `----fuzz${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: ${file.type ?? "text/plain"}\r\n\r\n`,
      ),
    );
    parts.push(Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content));
    parts.push(Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}
