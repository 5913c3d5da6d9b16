import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { getRetryAfter, limitKeys, recordFailure } from "@/lib/auth/limits";
import { getSessionUser } from "@/lib/auth/session";
import { clientAddress } from "@/lib/security/client-address";
import { AppError } from "@/lib/errors";
import { getTokenUser } from "@/lib/tokens/data";

/**
 * The caller of an /api/v1 route: a bearer token, else the browser's session; 401 otherwise.
 * Wrong tokens count against the caller's address like failed sign-ins: past the limit they are
 * answered 429. A valid token is always served: a guesser behind an office's address must not
 * lock the office's own scripts out.
 */
export async function authenticateRequest(request: Request): Promise<SessionUser> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match ? await getTokenUser(match[1]) : null;
    if (user) return user;
    const keys = limitKeys.tokenIp(clientAddress(request.headers));
    const waiting = (await getRetryAfter(keys)) || (await recordFailure(keys));
    throw waiting > 0 ? new AppError("tooMany", [], undefined, waiting) : new AppError("unauthorized");
  }
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthorized");
  return user;
}
