import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { db } from "@/lib/db/client";

/** How many of the user's notifications are unread (the bell's number). */
export function countUnread({ actor }: { actor: SessionUser }): Promise<number> {
  return db().notification.count({ where: { userId: actor.id, readAt: null } });
}

/** The user's latest notifications, unread first within each day, newest first. */
export async function findNotifications({ actor, take = 100 }: { actor: SessionUser; take?: number }) {
  const rows = await db().notification.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, kind: true, params: true, link: true, createdAt: true, readAt: true },
  });
  return rows.map((n) => ({ ...n, params: n.params as Record<string, string | number> }));
}

export async function getEmailSettings({ actor }: { actor: SessionUser }) {
  return db().user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, emailNotifications: true } });
}
