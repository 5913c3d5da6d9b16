import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addActivity, removeActivity } from "@/lib/activities/mutations";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { db, disconnectDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { seedDatabase } from "@/lib/seed/seed";
import { saveMonthValues } from "@/lib/values/mutations";
import { holdMonthOpen } from "@/lib/workflow/month-guard";
import { lockMonth, unlockMonth } from "@/lib/workflow/mutations";

// Months far from the demo's figures, removed again at the end (the suite's files share one database).
const firstMonth = 203201;
const rounds = 12;
const months = Array.from({ length: rounds + 2 }, (_, i) => firstMonth + i);
const indicators = ["tel.bts", "tel.cable_poles", "tel.fiber_aerial_km"];

async function user(username: string): Promise<SessionUser> {
  const { id } = await db().user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  return (await getSessionUserById(id))!;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("month locks against writes under way", () => {
  let editor: SessionUser, office: SessionUser, director: SessionUser, admin: SessionUser;
  let organisationId: string;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    [editor, office, director, admin] = await Promise.all(["bcvt", "vanphong", "giamdoc", "admin"].map(user));
    organisationId = office.organisationId;
  });
  afterAll(async () => {
    const where = { organisationId, yearMonth: { in: months } };
    await db().valueAudit.deleteMany({ where });
    await db().monthValue.deleteMany({ where });
    await db().activity.deleteMany({ where });
    await db().workflowEvent.deleteMany({ where });
    await db().monthLock.deleteMany({ where });
    await disconnectDb();
  });

  it("a lock waits for a write that began before it, so nothing is written after the lock's time", async () => {
    const yearMonth = months[rounds];
    let wroteAt = 0;
    const writing = db().$transaction(async (tx) => {
      await holdMonthOpen(tx, { organisationId, yearMonth });
      await pause(400);
      await tx.activity.create({
        data: { organisationId, yearMonth, fieldCode: "telecom", kind: "done", text: "ghi trước khi khóa" },
        select: { id: true },
      });
      wroteAt = Date.now();
    });
    await pause(100);
    await lockMonth({ actor: director, yearMonth });
    await writing;
    const lock = await db().monthLock.findUniqueOrThrow({
      where: { organisationId_yearMonth: { organisationId, yearMonth } },
      select: { lockedAt: true },
    });
    expect(wroteAt).toBeGreaterThan(0);
    expect(lock.lockedAt.getTime()).toBeGreaterThanOrEqual(wroteAt);
  });

  it("saves racing a lock either commit before its time or are refused as locked", async () => {
    let refused = 0;
    for (let round = 0; round < rounds; round++) {
      const yearMonth = months[round];
      const saves = indicators.map(async (indicator, i) => {
        await pause(Math.random() * 15);
        try {
          await saveMonthValues({
            actor: i % 2 ? editor : office,
            organisationId,
            yearMonth,
            values: [{ indicator, value: String(100 + round) }],
            locale: "vi",
          });
          return indicator;
        } catch (error) {
          if (!isAppError(error) || error.code !== "locked") throw error;
          refused++;
          return null;
        }
      });
      await pause(Math.random() * 15);
      await lockMonth({ actor: director, yearMonth });
      const saved = (await Promise.all(saves)).filter((s) => s !== null);
      const lock = await db().monthLock.findUniqueOrThrow({
        where: { organisationId_yearMonth: { organisationId, yearMonth } },
        select: { lockedAt: true },
      });
      const stored = await db().monthValue.findMany({
        where: { organisationId, yearMonth },
        select: { indicatorCode: true, updatedAt: true },
      });
      expect(stored.map((s) => s.indicatorCode).sort()).toEqual([...saved].sort());
      for (const value of stored) expect(value.updatedAt.getTime()).toBeLessThanOrEqual(lock.lockedAt.getTime());
      expect(await db().valueAudit.count({ where: { organisationId, yearMonth } })).toBe(saved.length);
    }
    // Each round locks while saves are under way; at least some of them came too late.
    expect(refused).toBeGreaterThan(0);
  });

  it("refuses adding or removing activity and plan items of a locked month, and allows them again after unlocking", async () => {
    const yearMonth = months[rounds + 1];
    await addActivity({ actor: editor, yearMonth, fieldCode: "telecom", kind: "done", text: "Phát triển 5 trạm BTS" });
    const [item] = await db().activity.findMany({ where: { organisationId, yearMonth }, select: { id: true } });
    await lockMonth({ actor: office, yearMonth });
    await expect(
      addActivity({ actor: editor, yearMonth, fieldCode: "telecom", kind: "plan", text: "Kế hoạch tháng sau" }),
    ).rejects.toMatchObject({ code: "locked" });
    await expect(removeActivity({ actor: editor, id: item.id })).rejects.toMatchObject({ code: "locked" });
    expect(await db().activity.count({ where: { organisationId, yearMonth } })).toBe(1);
    await unlockMonth({ actor: admin, yearMonth, reason: "bổ sung kế hoạch" });
    await addActivity({ actor: editor, yearMonth, fieldCode: "telecom", kind: "plan", text: "Kế hoạch tháng sau" });
    await removeActivity({ actor: editor, id: item.id });
    expect(await db().activity.findMany({ where: { organisationId, yearMonth }, select: { kind: true } })).toEqual([
      { kind: "plan" },
    ]);
  });
});
