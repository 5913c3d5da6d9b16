import "server-only";
import { db } from "@/lib/db/client";
import { sendPendingMail } from "@/lib/notifications/mail";
import { makeReminders } from "@/lib/notifications/reminders";

// The scheduler: recurring jobs kept in a table (ScheduledJob), so that a restart forgets nothing
// and several app processes share them. A process claims a due job by moving its next run in one
// statement over the row it locks (FOR UPDATE SKIP LOCKED): another process at the same moment
// skips it, one later finds it not due. A job is then run outside any transaction; what it makes
// is keyed (a reminder once per user and key, a mail once per notification).

interface Job {
  everyMs: number;
  run: (now: Date) => Promise<unknown>;
}

export const jobs: Record<string, Job> = {
  reminders: { everyMs: 15 * 60_000, run: makeReminders },
  mail: { everyMs: 60_000, run: () => sendPendingMail() },
};

/** Claims the job when it is due: true for the one process that gets it. */
async function claim(name: string, everyMs: number, now: Date): Promise<boolean> {
  const next = new Date(now.getTime() + everyMs);
  const claimed = await db().$queryRaw<{ name: string }[]>`
    UPDATE "ScheduledJob" SET "runAt" = ${next}, "lastRunAt" = ${now}
    WHERE name IN (SELECT name FROM "ScheduledJob" WHERE name = ${name} AND "runAt" <= ${now} FOR UPDATE SKIP LOCKED)
    RETURNING name`;
  return claimed.length > 0;
}

/** Runs every job due at `now` that no other process has claimed; answers the names it ran. */
export async function runDueJobs(now = new Date()): Promise<string[]> {
  await db().scheduledJob.createMany({
    data: Object.keys(jobs).map((name) => ({ name, runAt: now })),
    skipDuplicates: true,
  });
  const ran: string[] = [];
  for (const [name, job] of Object.entries(jobs)) {
    if (!(await claim(name, job.everyMs, now))) continue;
    try {
      await job.run(now);
      ran.push(name);
    } catch (error) {
      console.error(`Scheduled job ${name} failed; it runs again at its next time.`, error);
    }
  }
  return ran;
}
