import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { runCli } from "../support/cli";

// Reminders and their e-mail with two app processes: both run the scheduler's jobs at once, a real
// SMTP server (smtp-server, started here) receives the mail, and each notification is made and
// mailed once, in Vietnamese, never to a user who turned e-mail off.

interface Received {
  to: string;
  subject: string;
  text: string;
}

const header = (raw: string, name: string) =>
  new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, "mi").exec(raw)?.[1].replace(/\r?\n[ \t]/g, " ") ?? "";
/** A MIME-encoded subject (=?UTF-8?B?...?= or Q), decoded. */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, encoding: string, text: string) =>
    encoding.toLowerCase() === "b"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  );
}

describe("reminders and notification e-mail", () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let organisationId = "";
  const saved = new Map<string, { email: string | null; emailNotifications: boolean }>();

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(","),
            subject: decodeWords(header(raw, "Subject")),
            text: raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.server.address() as { port: number }).port;
    ({ id: organisationId } = await db().organisation.update({
      where: { code: "tra-vinh-stttt" },
      data: { smtpHost: "127.0.0.1", smtpPort: port, smtpSecure: false, smtpFrom: "bao-cao@tra-vinh.example" },
      select: { id: true },
    }));
    for (const [username, email, on] of [
      ["vanphong", "vanphong@tra-vinh.example", true],
      ["bcvt", "bcvt@tra-vinh.example", true],
      ["cntt", "cntt@tra-vinh.example", false],
    ] as const) {
      const user = await db().user.findUniqueOrThrow({
        where: { username },
        select: { email: true, emailNotifications: true },
      });
      saved.set(username, user);
      await db().user.update({ where: { username }, data: { email, emailNotifications: on } });
    }
    await db().scheduledJob.deleteMany({});
    // What other test files told these users (a report signed twice tells twice, in the same words) is not this test's.
    await db().notification.deleteMany({ where: { user: { organisationId } } });
  });

  afterAll(async () => {
    for (const [username, user] of saved) await db().user.update({ where: { username }, data: user });
    await db().organisation.update({ where: { id: organisationId }, data: { smtpHost: null, smtpFrom: null } });
    await db().notification.deleteMany({ where: { user: { organisationId } } });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await disconnectDb();
  });

  it("makes each reminder once and mails it once, with two processes running the jobs at the same time", async () => {
    await Promise.all([runCli("run-jobs.ts", []), runCli("run-jobs.ts", [])]);
    // Mail that the first runs left (one process made reminders while the other mailed): due again.
    await db().scheduledJob.updateMany({ data: { runAt: new Date(0) } });
    await runCli("run-jobs.ts", []);

    const notifications = await db().notification.findMany({
      where: { user: { organisationId } },
      select: { kind: true, key: true, emailedAt: true, user: { select: { username: true } } },
    });
    // Last month's figures were never sent by the demo's units: overdue, for each unit's staff and the office.
    expect(notifications.some((n) => n.kind === "figures_overdue" && n.user.username === "bcvt")).toBe(true);
    expect(notifications.some((n) => n.kind === "figures_overdue" && n.user.username === "vanphong")).toBe(true);
    const mailed = notifications.filter((n) => n.emailedAt);
    expect(mailed.map((n) => n.user.username).sort()).toEqual(
      notifications
        .filter((n) => ["vanphong", "bcvt"].includes(n.user.username))
        .map((n) => n.user.username)
        .sort(),
    );
    expect(received.length).toBe(mailed.length);
    expect(new Set(received.map((m) => `${m.to} ${m.subject}`)).size).toBe(received.length);
    expect(received.some((m) => m.to === "cntt@tra-vinh.example")).toBe(false);
    const overdue = received.find((m) => m.to === "bcvt@tra-vinh.example" && m.subject.includes("đã quá hạn"))!;
    expect(overdue.subject).toMatch(
      /^ICT Report Desk: Số liệu tháng \d+ năm \d{4} của Phòng Bưu chính - Viễn thông đã quá hạn \(hạn ngày \d{2}\/\d{2}\/\d{4}\)\.$/,
    );

    // Run again, as after a restart: nothing new is made or sent.
    const before = received.length;
    const count = notifications.length;
    await db().scheduledJob.updateMany({ data: { runAt: new Date(0) } });
    await runCli("run-jobs.ts", []);
    expect(await db().notification.count({ where: { user: { organisationId } } })).toBe(count);
    expect(received.length).toBe(before);
  }, 120_000);
});
