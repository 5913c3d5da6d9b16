import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getReadableOrganisation } from "@/lib/org/data";
import { getSessionUserById, type SessionUser } from "./data";
import { authOptions } from "./options";
import { hasRole, type Role } from "./roles";

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions)) as { userId?: string; sessionVersion?: number } | null;
  return session?.userId ? getSessionUserById(session.userId, session.sessionVersion ?? 0) : null;
}

/** For pages and server actions: the signed-in user, or off to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: a user of one of the roles; others see the "not allowed" page. */
export async function requireRole(...allowed: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user, allowed)) redirect("/forbidden");
  return user;
}

/** For server actions, which answer instead of redirecting. */
export async function requireActionRole(...allowed: Role[]): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthorized");
  if (!hasRole(user, allowed)) throw new AppError("forbidden");
  return user;
}

/** For pages showing another organisation: that organisation if the user may read it, else the "not allowed" page. */
export async function requireReadableOrganisation(user: SessionUser, code: string | null): Promise<{ id: string; code: string }> {
  try {
    return await getReadableOrganisation({ actor: user, code });
  } catch {
    redirect("/forbidden");
  }
}
