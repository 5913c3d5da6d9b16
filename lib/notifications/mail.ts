import "server-only";
import nodemailer from "nodemailer";
import { db } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import { fill, getDictionary, type Locale } from "@/lib/i18n/dictionary";
import { notificationText } from "./messages";

// E-mail of notifications, for users with an address who have not turned it off, in organisations
// with a mail server (Organisation.smtp*). Each notification is claimed before it is sent (its
// emailedAt set, the row locked and skipped by any other process), so it is mailed once; a send
// that fails gives it back for the next run. Only notifications of the last two days are mailed:
// turning SMTP on does not send a year of old ones.

interface Pending {
  id: string;
  kind: NotificationKind;
  params: Record<string, string | number>;
  link: string;
  locale: Locale;
  email: string;
  organisationId: string;
  smtpHost: string;
  smtpPort: number;
  smtpSecure: boolean;
  smtpUser: string | null;
  smtpPassword: string | null;
  smtpFrom: string | null;
}

const baseUrl = () => (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");

/** Claims up to 100 notifications to mail. */
function claimPending(since: Date): Promise<Pending[]> {
  return db().$queryRaw<Pending[]>`
    UPDATE "Notification" n SET "emailedAt" = now()
    FROM "User" u, "Organisation" o
    WHERE n.id IN (
        SELECT p.id FROM "Notification" p
        JOIN "User" pu ON pu.id = p."userId"
        JOIN "Organisation" po ON po.id = pu."organisationId"
        WHERE p."emailedAt" IS NULL AND p."createdAt" > ${since}
          AND pu.email IS NOT NULL AND pu."emailNotifications" AND pu.active AND po."smtpHost" IS NOT NULL
        ORDER BY p."createdAt" LIMIT 100
        FOR UPDATE OF p SKIP LOCKED)
      AND u.id = n."userId" AND o.id = u."organisationId"
    RETURNING n.id, n.kind, n.params, n.link, u.locale, u.email, o.id AS "organisationId",
      o."smtpHost", o."smtpPort", o."smtpSecure", o."smtpUser", o."smtpPassword", o."smtpFrom"`;
}

/** The message of one notification, in its reader's language, with where to act and how to stop. */
export function mailOf(notification: Pick<Pending, "kind" | "params" | "link" | "locale">): {
  subject: string;
  text: string;
} {
  const t = getDictionary(notification.locale).notifications;
  const line = notificationText(notification.kind, notification.params, notification.locale);
  const text = [
    line,
    "",
    fill(t.mailOpen, { url: `${baseUrl()}${notification.link}` }),
    "",
    "--",
    fill(t.mailUnsubscribe, { url: `${baseUrl()}/notifications` }),
  ].join("\n");
  return { subject: `ICT Report Desk: ${line}`, text };
}

/** Sends what is pending; answers how many were sent. */
export async function sendPendingMail(now = new Date()): Promise<number> {
  const pending = await claimPending(new Date(now.getTime() - 2 * 24 * 3600 * 1000));
  let sent = 0;
  const byOrganisation = new Map<string, Pending[]>();
  for (const p of pending) byOrganisation.set(p.organisationId, [...(byOrganisation.get(p.organisationId) ?? []), p]);
  for (const notifications of byOrganisation.values()) {
    const server = notifications[0];
    const transport = nodemailer.createTransport({
      host: server.smtpHost,
      port: server.smtpPort,
      secure: server.smtpSecure,
      auth: server.smtpUser ? { user: server.smtpUser, pass: server.smtpPassword ?? "" } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
    for (const notification of notifications) {
      try {
        await transport.sendMail({
          from: server.smtpFrom ?? server.smtpUser ?? `ict-report-desk@${server.smtpHost}`,
          to: notification.email,
          ...mailOf(notification),
        });
        sent++;
      } catch (error) {
        console.error(`Could not e-mail notification ${notification.id}; it is tried again on the next run.`, error);
        await db().notification.update({
          where: { id: notification.id },
          data: { emailedAt: null },
          select: { id: true },
        });
      }
    }
    transport.close();
  }
  return sent;
}
