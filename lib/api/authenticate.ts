import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { getRetryAfter, limitKeys, recordFailure } from "@/lib/auth/limits";
import { getSessionUser } from "@/lib/auth/session";
import { clientAddress } from "@/lib/security/client-address";
import { AppError } from "@/lib/errors";
import { getTokenUser } from "@/lib/tokens/data";

/**
 * The caller of an /api/v1 route: a bearer token, else the browser's session; 401 otherwise.
 * Wrong tokens count against the caller's address like failed sign-ins: past the limit, 429.
 */
export async function authenticateRequest(request: Request): Promise<SessionUser> {
  const header = request.headers.get("authorization");
  if (header) {
    const keys = limitKeys.tokenIp(clientAddress(request.headers));
    const waiting = await getRetryAfter(keys);
    if (waiting > 0) throw new AppError("tooMany", [], undefined, waiting);
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match ? await getTokenUser(match[1]) : null;
    if (!user) {
      const retryAfter = await recordFailure(keys);
      throw retryAfter > 0 ? new AppError("tooMany", [], undefined, retryAfter) : new AppError("unauthorized");
    }
    return user;
  }
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthorized");
  return user;
}
