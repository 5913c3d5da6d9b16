import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getTokenUser } from "@/lib/tokens/data";

/** The caller of an /api/v1 route: a bearer token, else the browser's session; 401 otherwise. */
export async function authenticateRequest(request: Request): Promise<SessionUser> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match ? await getTokenUser(match[1]) : null;
    if (!user) throw new AppError("unauthorized");
    return user;
  }
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthorized");
  return user;
}
