import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { findIndicators } from "@/lib/catalog/data";
import { db, disconnectDb } from "@/lib/db/client";
import { addMonths, monthsBetween } from "@/lib/periods/period";
import { seedDatabase } from "@/lib/seed/seed";
import { needsNote, splitRecent, usualRange } from "@/lib/values/change-rule";
import { findRecentValues } from "@/lib/values/data";
import { saveMonthValues } from "@/lib/values/mutations";

// Months far after the demo's, so the histories below are the only figures around them.
const month = 203201;
const historyMonths = monthsBetween(addMonths(month, -24), addMonths(month, -1));

/** Each indicator's 24 months before `month`, oldest first (null = not stored). */
const histories: Record<string, (number | null)[]> = {
  // Mean 15, standard deviation 1: usual range 12 – 18 tỷ đồng; last month 16.
  "post.revenue": historyMonths.map((_, i) => (i % 2 ? 16 : 14)),
  // Small counts that never move.
  "it.video_conferences": historyMonths.map(() => 1),
  "it.mcu_meetings": historyMonths.map(() => 5),
  // Usual range 0 – 60.000, and a low last month (15.000).
  "it.edocs_issued": historyMonths.map((_, i) => (i === 23 ? 15000 : i % 2 ? 40000 : 20000)),
  // Three months only: the fallback (more than 50 % and more than 10).
  "web.citizen_questions": historyMonths.map((_, i) => (i >= 21 ? 100 : null)),
};

async function user(username: string): Promise<SessionUser> {
  const { id } = await db().user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  return (await getSessionUserById(id))!;
}

describe("the change rule on the server", () => {
  let office: SessionUser;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    office = await user("vanphong");
    await db().monthValue.createMany({
      data: Object.entries(histories).flatMap(([indicatorCode, values]) =>
        values.flatMap((value, i) =>
          value === null
            ? []
            : [{ organisationId: office.organisationId, indicatorCode, yearMonth: historyMonths[i], value }],
        ),
      ),
    });
  });

  afterAll(async () => {
    const where = { organisationId: office.organisationId, yearMonth: { gte: historyMonths[0] } };
    await db().valueAudit.deleteMany({ where });
    await db().monthValue.deleteMany({ where });
    await disconnectDb();
  });

  /** Saves one value without a note: true when the server refuses it for want of a note. */
  async function refusedWithoutNote(indicator: string, value: string): Promise<boolean> {
    try {
      await saveMonthValues({
        actor: office,
        organisationId: office.organisationId,
        yearMonth: month,
        values: [{ indicator, value }],
        locale: "vi",
      });
    } catch (error) {
      expect(error).toMatchObject({ code: "invalid" });
      expect(
        (error as { details: { indicator: string; code: string }[] }).details.map((d) => `${d.indicator}:${d.code}`),
      ).toContain(`${indicator}:jump`);
      return true;
    } finally {
      await db().valueAudit.deleteMany({ where: { organisationId: office.organisationId, yearMonth: month } });
      await db().monthValue.deleteMany({ where: { organisationId: office.organisationId, yearMonth: month } });
    }
    return false;
  }

  const cases: [indicator: string, value: string, refused: boolean][] = [
    ["it.video_conferences", "2", false], // 1 -> 2
    ["it.mcu_meetings", "15", false], // 5 -> 15
    ["post.revenue", "20", false], // +25 %
    ["post.revenue", "30", true], // +87,5 % and above 18
    ["it.edocs_issued", "35000", false], // +133 % against a low month, within the usual range
    ["it.edocs_issued", "70000", true],
    ["web.citizen_questions", "149", false],
    ["web.citizen_questions", "151", true],
  ];

  it.each(cases)("%s = %s: refused without a note: %s, as the page's rule says", async (indicator, value, refused) => {
    const recent = splitRecent(
      await findRecentValues({ organisationId: office.organisationId, indicators: [indicator], yearMonth: month }),
      month,
    );
    const { decimals } = (await findIndicators()).find((i) => i.code === indicator)!;
    const range = usualRange(recent.history.get(indicator) ?? []);
    const page = needsNote({ from: recent.previous.get(indicator)!, to: Number(value), decimals, range });
    expect(page).toBe(refused);
    expect(await refusedWithoutNote(indicator, value)).toBe(refused);
  });

  it("accepts a refused change once a note explains it, and keeps the note", async () => {
    const outcome = await saveMonthValues({
      actor: office,
      organisationId: office.organisationId,
      yearMonth: month,
      values: [{ indicator: "post.revenue", value: "30", note: "Cao điểm Tết" }],
      locale: "vi",
    });
    expect(outcome.saved).toBe(1);
    expect(outcome.warnings[0]).toMatchObject({ indicator: "post.revenue", code: "jump" });
    expect(outcome.warnings[0].message).toContain("ngoài khoảng thường gặp của 24 tháng trước (12,0 – 18,0)");
  });
});
