import "server-only";
import { db } from "@/lib/db/client";
import type { AuthEventKind } from "@/lib/generated/prisma/client";

export type { AuthEventKind };

export interface AuthEventInput {
  kind: AuthEventKind;
  username: string;
  ip: string;
  userId?: string | null;
  organisationId?: string | null;
}

/** One line of the auth log: a sign-in, a failure, a lock-out, a password change or a sign-out. */
export async function recordAuthEvent(event: AuthEventInput): Promise<void> {
  await db().authEvent.create({
    data: {
      kind: event.kind,
      username: event.username.trim().toLowerCase().slice(0, 100),
      ip: event.ip,
      userId: event.userId ?? null,
      organisationId: event.organisationId ?? null,
    },
    select: { id: true },
  });
}

/** The latest events of an organisation's accounts, newest first (attempts on unknown usernames belong to no organisation). */
export async function getAuthEvents(organisationId: string, take = 200) {
  return db().authEvent.findMany({
    where: { organisationId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    select: { id: true, at: true, username: true, userId: true, ip: true, kind: true },
  });
}
