import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Marks one of the user's notifications read and answers where it leads (404 for anyone else's). */
export async function openNotification({ actor, id }: { actor: SessionUser; id: string }): Promise<string> {
  const notification = await db().notification.findFirst({
    where: { id, userId: actor.id },
    select: { link: true, readAt: true },
  });
  if (!notification) throw new AppError("notFound");
  if (!notification.readAt)
    await db().notification.update({ where: { id }, data: { readAt: new Date() }, select: { id: true } });
  // Links are made by the app; anything else leads home.
  return notification.link.startsWith("/") && !notification.link.startsWith("//") ? notification.link : "/";
}

export async function markAllRead({ actor }: { actor: SessionUser }): Promise<number> {
  const { count } = await db().notification.updateMany({
    where: { userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

/** The user's own address and whether notifications are e-mailed to it (the unsubscribe setting). */
export async function saveEmailSettings({
  actor,
  email,
  emailNotifications,
}: {
  actor: SessionUser;
  email: string | null;
  emailNotifications: boolean;
}): Promise<void> {
  await db().user.update({ where: { id: actor.id }, data: { email, emailNotifications }, select: { id: true } });
}
