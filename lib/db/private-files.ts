import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A directory only its owner may list or write (0700): created so, or narrowed if it was wider.
 * Passing through (0711, for the embedded server run as root: lib/db/embedded.ts) is left as it is.
 */
export function privateDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (statSync(dir).mode & 0o066) chmodSync(dir, 0o700);
}

/** A random secret generated once into `file` (mode 0600, in a private directory), then read from it. */
export function storedSecret(file: string): string {
  privateDirectory(path.dirname(file));
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    if (statSync(file).mode & 0o077) chmodSync(file, 0o600);
  }
  return readFileSync(file, "utf8").trim();
}
