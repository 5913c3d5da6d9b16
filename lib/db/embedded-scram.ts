import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from "node:crypto";

/*
 * SCRAM-SHA-256 (RFC 5802, RFC 7677), the server's side, as PostgreSQL does it: the password never
 * crosses the connection, and each side proves it knows it. The client sends
 * `gs2-header` `n=user,r=client-nonce`; the server answers `r=client-nonce+server-nonce,s=salt,i=n`;
 * the client sends `c=base64(gs2-header),r=nonce,p=proof`; the server checks the proof and answers
 * `v=server-signature`. No channel binding (the gate offers no TLS), as PostgreSQL without SSL.
 */
export const scramMechanism = "SCRAM-SHA-256";
const iterations = 4096;

export interface ScramVerifier {
  salt: Buffer;
  storedKey: Buffer;
  serverKey: Buffer;
}

const hmac = (key: Buffer, text: string) => createHmac("sha256", key).update(text).digest();
const sha256 = (data: Buffer) => createHash("sha256").update(data).digest();

/** What the server keeps of a password (computed once: the key derivation is slow on purpose). */
export function scramVerifier(password: string): ScramVerifier {
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, iterations, 32, "sha256");
  return { salt, storedKey: sha256(hmac(salted, "Client Key")), serverKey: hmac(salted, "Server Key") };
}

/** One client's exchange: `start` with its first message, `finish` with its proof. */
export class ScramExchange {
  private gs2Header = "";
  private clientFirstBare = "";
  private serverFirst = "";
  private nonce = "";

  constructor(private readonly verifier: ScramVerifier) {}

  /** The server-first-message, or null when the client's first message is not one we accept. */
  start(clientFirst: string): string | null {
    const match = /^([ny],[^,]*,)(n=[^,]*,r=([^,]+)(?:,.*)?)$/.exec(clientFirst);
    if (!match) return null;
    [, this.gs2Header, this.clientFirstBare] = match;
    this.nonce = match[3] + randomBytes(18).toString("base64");
    this.serverFirst = `r=${this.nonce},s=${this.verifier.salt.toString("base64")},i=${iterations}`;
    return this.serverFirst;
  }

  /** The server-final-message when the client's proof is right, else null. */
  finish(clientFinal: string): string | null {
    const match = /^(c=([^,]*),r=([^,]*)(?:,.*)?),p=([A-Za-z0-9+/=]+)$/.exec(clientFinal);
    if (!this.serverFirst || !match) return null;
    const [, withoutProof, binding, nonce, proofText] = match;
    if (binding !== Buffer.from(this.gs2Header).toString("base64") || nonce !== this.nonce) return null;
    const authMessage = `${this.clientFirstBare},${this.serverFirst},${withoutProof}`;
    const proof = Buffer.from(proofText, "base64");
    const signature = hmac(this.verifier.storedKey, authMessage);
    if (proof.length !== signature.length) return null;
    const clientKey = Buffer.from(proof.map((byte, i) => byte ^ signature[i]));
    if (!timingSafeEqual(sha256(clientKey), this.verifier.storedKey)) return null;
    return `v=${hmac(this.verifier.serverKey, authMessage).toString("base64")}`;
  }
}
