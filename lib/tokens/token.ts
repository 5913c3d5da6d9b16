import { createHash, randomBytes } from "node:crypto";

const tokenPrefix = "ictrd_";

export function generateToken(): string {
  return tokenPrefix + randomBytes(24).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** What the token list shows so that people can tell tokens apart. */
export function displayPrefix(token: string): string {
  return token.slice(0, tokenPrefix.length + 6);
}
