import net from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import {
  authenticationMessage,
  authenticationSasl,
  authenticationSaslContinue,
  authenticationSaslFinal,
  fatalError,
  gssEncryptionRequest,
  MessageReader,
  packetCode,
  protocolVersion3,
  saslData,
  sslRequest,
  startupParameter,
} from "./embedded-protocol";
import { ScramExchange, scramMechanism, scramVerifier, type ScramVerifier } from "./embedded-scram";
import { SharedSession, type SessionClient } from "./embedded-session";

export interface Gate {
  port: number;
  close(): Promise<void>;
}

const handshakeTimeoutMs = 10_000;
const terminate = 0x58; // 'X', the client's goodbye

/**
 * PGlite served over PostgreSQL's protocol on 127.0.0.1 to the clients that prove they know the
 * password (SCRAM-SHA-256, as a PostgreSQL server asks). Any other client gets PostgreSQL's own
 * refusal (28P01) and never reaches the database. Admitted clients share PGlite's one session by
 * turns (SharedSession).
 */
export async function openGate(db: PGlite, { password, port = 0 }: { password: string; port?: number }): Promise<Gate> {
  const verifier = scramVerifier(password);
  const session = new SharedSession(db);
  const connections = new Map<net.Socket, Promise<void>>();
  const server = net.createServer((socket) => {
    const served = serveConnection(socket, verifier, session)
      .catch(() => {})
      .finally(() => {
        if (!socket.writableEnded) socket.destroy(); // else its last words are on their way
        connections.delete(socket);
      });
    connections.set(socket, served);
  });
  await new Promise<void>((resolve, reject) => {
    server.on("error", reject); // stays: after listening, an accept error must not stop the process
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    async close() {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of connections.keys()) socket.destroy();
      await Promise.all(connections.values());
      await closed;
    },
  };
}

async function serveConnection(socket: net.Socket, verifier: ScramVerifier, session: SharedSession): Promise<void> {
  socket.setNoDelay(true);
  socket.on("error", () => {}); // a reset connection ends as a closed one does
  const reader = new MessageReader(socket);
  const timeout = setTimeout(() => socket.destroy(), handshakeTimeoutMs);
  const startup = await authenticate(socket, reader, verifier).finally(() => clearTimeout(timeout));
  if (!startup) return;
  reader.limit = Infinity;

  const client: SessionClient = {
    send: (data) => socket.write(Buffer.from(data)),
    terminate: (sqlState, text) => socket.end(fatalError(sqlState, text), () => socket.destroy()),
  };
  try {
    await session.execute(client, startup); // PGlite answers AuthenticationOk and the server's parameters
    for (;;) {
      session.waitsForClient(client);
      const message = await reader.message();
      if (!message || message[0] === terminate) break;
      await session.execute(client, message);
    }
  } finally {
    await session.leave(client);
  }
}

/** The client's startup packet once it has proved it knows the password; null when it has not. */
async function authenticate(socket: net.Socket, reader: MessageReader, verifier: ScramVerifier): Promise<Buffer | null> {
  let startup = await reader.packet();
  while (startup && (packetCode(startup) === sslRequest || packetCode(startup) === gssEncryptionRequest)) {
    socket.write("N"); // no encryption: the connection never leaves this machine
    startup = await reader.packet();
  }
  // Anything else (a cancel request, an older protocol) is dropped unanswered.
  if (!startup || packetCode(startup) !== protocolVersion3) return null;

  const exchange = new ScramExchange(verifier);
  socket.write(authenticationMessage(authenticationSasl, `${scramMechanism}\0\0`));
  const clientFirst = saslData(await reader.message(), scramMechanism);
  const serverFirst = clientFirst === null ? null : exchange.start(clientFirst);
  if (serverFirst !== null) {
    socket.write(authenticationMessage(authenticationSaslContinue, serverFirst));
    const clientFinal = saslData(await reader.message());
    const serverFinal = clientFinal === null ? null : exchange.finish(clientFinal);
    if (serverFinal !== null) {
      socket.write(authenticationMessage(authenticationSaslFinal, serverFinal));
      return startup;
    }
  }
  const user = startupParameter(startup, "user") ?? "";
  socket.end(fatalError("28P01", `password authentication failed for user "${user}"`), () => socket.destroy());
  return null;
}
