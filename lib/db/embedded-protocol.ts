import type { Socket } from "node:net";

/*
 * The few pieces of PostgreSQL's wire protocol (version 3) that the embedded database's gate reads
 * and writes itself; everything else passes through to PGlite untouched.
 *
 * A connection opens with untyped packets: an int32 length (counting itself), then an int32 code,
 * then the body. The code is the protocol version (3.0) in the startup packet, whose body is
 * name\0value\0 pairs and a final \0, or one of the requests below. Every later message is typed:
 * one byte of type, an int32 length (counting itself, not the type byte), then the body.
 * The server authenticates with 'R' messages (an int32 code, then its data), reports errors with
 * 'E' (one-letter fields, each a \0-terminated string, then \0) and marks each point where it
 * waits for the client with ReadyForQuery: 'Z', length 5, and the transaction status ('I' idle,
 * 'T' in a transaction, 'E' in a failed one).
 */
export const protocolVersion3 = 196608;
export const sslRequest = 80877103;
export const gssEncryptionRequest = 80877104;

export const authenticationSasl = 10;
export const authenticationSaslContinue = 11;
export const authenticationSaslFinal = 12;

const readyForQueryIdle = Buffer.from("Z\0\0\0\x05I", "latin1");
/** How many bytes at the end of a response tell whether it ended with ReadyForQuery, idle. */
export const readyForQueryLength = readyForQueryIdle.length;

export function typedMessage(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

export function authenticationMessage(code: number, data = ""): Buffer {
  const body = Buffer.alloc(4 + Buffer.byteLength(data));
  body.writeInt32BE(code, 0);
  body.write(data, 4);
  return typedMessage("R", body);
}

/** A FATAL ErrorResponse with its SQLSTATE: the client reports it and the connection ends. */
export function fatalError(sqlState: string, text: string): Buffer {
  const fields = [`SFATAL`, `VFATAL`, `C${sqlState}`, `M${text}`].map((field) => `${field}\0`).join("");
  return typedMessage("E", Buffer.from(`${fields}\0`));
}

/** The code of an untyped packet: the protocol version of a startup packet, or a request's code. */
export function packetCode(packet: Buffer): number {
  return packet.length >= 8 ? packet.readInt32BE(4) : -1;
}

export function startupParameter(packet: Buffer, name: string): string | undefined {
  const fields = packet.subarray(8).toString("utf8").split("\0");
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1];
  return undefined;
}

/** The text a client's SASL message ('p') carries: in the first one, after the mechanism's name and a length. */
export function saslData(message: Buffer | null, mechanism?: string): string | null {
  if (!message || message[0] !== 0x70) return null;
  if (mechanism === undefined) return message.subarray(5).toString("utf8");
  const nameEnd = message.indexOf(0, 5);
  if (nameEnd < 0 || message.toString("latin1", 5, nameEnd) !== mechanism) return null;
  return message.subarray(nameEnd + 5).toString("utf8");
}

export function endsWithReadyForQueryIdle(tail: Buffer): boolean {
  return tail.length === readyForQueryLength && tail.equals(readyForQueryIdle);
}

/** Reads whole packets and messages from a socket, in order, as they arrive. */
export class MessageReader {
  private buffer: Buffer = Buffer.alloc(0);
  private wake: (() => void) | null = null;
  private ended = false;

  /** The most a message may declare before the connection is dropped (lifted once authenticated). */
  limit = 10_000;

  constructor(socket: Socket) {
    socket.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.wake?.();
    });
    socket.on("close", () => {
      this.ended = true;
      this.wake?.();
    });
  }

  /** The next untyped packet (startup or a request); null once the connection ends or misbehaves. */
  packet(): Promise<Buffer | null> {
    return this.next(0);
  }

  /** The next typed message; null once the connection ends or misbehaves. */
  message(): Promise<Buffer | null> {
    return this.next(1);
  }

  private async next(typeLength: 0 | 1): Promise<Buffer | null> {
    for (;;) {
      if (this.buffer.length >= typeLength + 4) {
        const length = this.buffer.readInt32BE(typeLength);
        if (length < 4 || length > this.limit) return null;
        const total = typeLength + length;
        if (this.buffer.length >= total) {
          const message = this.buffer.subarray(0, total);
          this.buffer = this.buffer.subarray(total);
          return message;
        }
      }
      if (this.ended) return null;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }
}
