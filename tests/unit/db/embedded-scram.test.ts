import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { ScramExchange, scramMechanism, scramVerifier } from "@/lib/db/embedded-scram";

interface Session {
  response: string;
}

// node-postgres's own SCRAM client plays the other side.
const sasl = createRequire(import.meta.url)("pg/lib/crypto/sasl.js") as {
  startSession(mechanisms: string[]): Session;
  continueSession(session: Session, password: string, serverFirst: string): Promise<void>;
  finalizeSession(session: Session, serverFinal: string): void;
};

/** One exchange; the server's final message (which the client checks), or null when the server refused. */
async function exchange(serverPassword: string, clientPassword: string, alter = (clientFinal: string) => clientFinal): Promise<string | null> {
  const server = new ScramExchange(scramVerifier(serverPassword));
  const session = sasl.startSession([scramMechanism]);
  await sasl.continueSession(session, clientPassword, server.start(session.response)!);
  const serverFinal = server.finish(alter(session.response));
  if (serverFinal) sasl.finalizeSession(session, serverFinal); // throws unless the server knew the password too
  return serverFinal;
}

describe("SCRAM-SHA-256, the embedded database's side", () => {
  it("admits node-postgres's client with the password and proves itself to it", async () => {
    expect(await exchange("s3cret-password", "s3cret-password")).toMatch(/^v=/);
  });

  it("refuses a wrong password, another nonce or another channel binding", async () => {
    expect(await exchange("s3cret-password", "guessed")).toBeNull();
    expect(await exchange("s3cret-password", "s3cret-password", (m) => m.replace(/r=[^,]+/, "r=someone-else"))).toBeNull();
    expect(await exchange("s3cret-password", "s3cret-password", (m) => m.replace("c=biws", "c=eSws"))).toBeNull();
  });

  it("refuses channel binding it did not offer, and a proof before the first message", () => {
    const server = new ScramExchange(scramVerifier("s3cret-password"));
    expect(server.finish("c=biws,r=abc,p=AAAA")).toBeNull();
    expect(server.start("p=tls-server-end-point,,n=*,r=abc")).toBeNull();
  });
});
