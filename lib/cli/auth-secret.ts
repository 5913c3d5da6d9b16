import path from "node:path";
import { dataDir } from "@/lib/db/embedded";
import { storedSecret } from "@/lib/db/private-files";

/** NEXTAUTH_SECRET if given, else one generated once and kept under .data/ so sessions survive restarts. */
export function authSecret(): string {
  return process.env.NEXTAUTH_SECRET || storedSecret(path.join(dataDir, "auth-secret"));
}
