import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getReadableOrganisation } from "@/lib/org/data";
import { getSessionUserById, type SessionUser } from "./data";
import { authOptions } from "./options";
import { hasRole, type Role } from "./roles";

/** The signed-in user, read once per request however many layouts, pages and components ask. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sessionVersion?: number } | null;
  return session?.userId ? getSessionUserById(session.userId, session.sessionVersion ?? 0) : null;
});

/** For pages: the signed-in user, or off to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages: a user of one of the roles (lists of lib/auth/roles.ts); others see the "not allowed" page. */
export async function requireRole(...allowed: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user, allowed)) redirect("/forbidden");
  return user;
}

/** For pages showing another organisation: that organisation if the user may read it, else the "not allowed" page. */
export async function requireReadableOrganisation(
  user: SessionUser,
  code: string | null,
): Promise<{ id: string; code: string }> {
  try {
    return await getReadableOrganisation({ actor: user, code });
  } catch {
    redirect("/forbidden");
  }
}
