import "server-only";
import { db } from "@/lib/db/client";
import type { NotificationKind, Prisma, Role } from "@/lib/generated/prisma/client";
import type { InputJsonValue } from "@/lib/generated/prisma/internal/prismaNamespace";

/** The client, or a transaction's. */
type Tx = Prisma.TransactionClient;

// Making notifications: each one for a user, once per key (a reminder made again, by another
// process or after a restart, is the same row). They are made in the transaction of what they
// tell, so a refused change tells nobody; e-mail goes out later (lib/notifications/mail.ts).

export interface NewNotification {
  kind: NotificationKind;
  /** The message's placeholders, plain values. */
  params: Record<string, string | number>;
  link: string;
  key: string;
}

/** Creates the notification for each user who has none with its key; answers how many were new. */
export async function notify(userIds: string[], notification: NewNotification, tx: Tx = db()): Promise<number> {
  if (userIds.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: [...new Set(userIds)].map((userId) => ({
      userId,
      kind: notification.kind,
      params: notification.params as InputJsonValue,
      link: notification.link,
      key: notification.key,
    })),
    skipDuplicates: true,
  });
  return count;
}

/** The active users of an organisation with one of the roles, and (when given) of a unit. */
export async function usersWith(
  { organisationId, roles, unitId }: { organisationId: string; roles: readonly Role[]; unitId?: string },
  tx: Tx = db(),
): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { organisationId, active: true, role: { in: [...roles] }, ...(unitId ? { unitId } : {}) },
    select: { id: true },
  });
  return users.map((u) => u.id);
}
