// Pure: the rules for every password set from now on (forms, actions, `org:create`, set-up).
import commonPasswords from "./common-passwords.json";

export const minPasswordLength = 10;
export const maxPasswordLength = 200;

const common = new Set(commonPasswords.map((p) => p.toLowerCase()));

export type PasswordProblem = "short" | "long" | "username" | "common";

/** Why a password may not be used for an account, or null when it may. */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if (password.length < minPasswordLength) return "short";
  if (password.length > maxPasswordLength) return "long";
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && (lower === name || (name.length >= 4 && lower.includes(name) && lower.length - name.length < 4)))
    return "username";
  if (common.has(lower)) return "common";
  return null;
}
