import bcrypt from "bcryptjs";

/** bcrypt's cost for new hashes; older hashes (cost 10) keep verifying. */
export const bcryptCost = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, bcryptCost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Compared when the account does not exist, so both answers take the same time. */
export const unknownUserHash = "$2b$12$NuzD2cJxc5ZbidZsG2URFO4YJ/cLgANWkXW/9bLGhizrfttu6DCeC";
