import { createHash, randomInt } from "node:crypto";

// The first run's one-time set-up code: 12 characters of Crockford's base32 (no I, L, O, U), so
// 60 random bits, shown as XXXX-XXXX-XXXX. Typed back in any case, with or without dashes and
// spaces, and O, I, L read as 0, 1, 1 as that alphabet intends.

const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const length = 12;

export function generateSetupCode(): string {
  const characters = Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join("");
  return characters.match(/.{4}/g)!.join("-");
}

/** The code as stored and compared (`ABCD2345WXYZ`), or null when it cannot be a set-up code. */
export function normaliseSetupCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  return code.length === length && [...code].every((c) => alphabet.includes(c)) ? code : null;
}

/** SHA-256 is enough for a random 60-bit code: there is no short list of likely codes to try. */
export function hashSetupCode(normalised: string): string {
  return createHash("sha256").update(normalised).digest("hex");
}
