import bcrypt from "bcryptjs";

export const minPasswordLength = 8;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Compared when the account does not exist, so both answers take the same time. */
export const unknownUserHash = "$2b$10$PT4J/1y7iQxMX/sYr.aRIOYHK/wjgizvtwINMKgzOkADRV3CHy23G";
