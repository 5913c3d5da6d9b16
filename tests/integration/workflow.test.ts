import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSessionUserById, type SessionUser } from "@/lib/auth/data";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { saveMonthValues } from "@/lib/values/mutations";
import {
  findCompleteness,
  findWorkflowEvents,
  isMonthLocked,
  unitProgress,
  unitsNotSubmitted,
} from "@/lib/workflow/data";
import { lockMonth, submitMonth, unlockMonth } from "@/lib/workflow/mutations";

const yearMonth = 202501;

async function user(username: string): Promise<SessionUser> {
  const { id } = await db().user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  return (await getSessionUserById(id))!;
}

describe("month workflow", () => {
  let editor: SessionUser, office: SessionUser, director: SessionUser, admin: SessionUser;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    [editor, office, director, admin] = await Promise.all(["bcvt", "vanphong", "giamdoc", "admin"].map(user));
  });
  afterAll(() => disconnectDb());

  it("moves open -> submitted -> locked, and only an admin unlocks, with a reason", async () => {
    const organisationId = editor.organisationId;
    await expect(submitMonth({ actor: director, yearMonth, unitId: editor.unitId! })).rejects.toMatchObject({
      code: "forbidden",
    });
    await submitMonth({ actor: editor, yearMonth, unitId: editor.unitId! });
    const board = await findCompleteness({ organisationId, months: [yearMonth] });
    expect(board.submissions.has(`${yearMonth}:${editor.unitId}`)).toBe(true);
    // What the lock's confirmation names: every unit with fields but the one that submitted.
    const pending = unitsNotSubmitted(board, yearMonth).map((u) => u.name);
    expect(pending).toHaveLength(5);
    expect(pending).not.toContain("Phòng Bưu chính - Viễn thông");
    expect(pending).toContain("Thanh tra");
    // What the submission's message counts: entered of the stored indicators of the unit's fields.
    const progress = unitProgress(
      board,
      yearMonth,
      board.units.find((u) => u.id === editor.unitId)!,
    );
    expect(progress.expected).toBeGreaterThan(20);
    expect(progress.entered).toBeGreaterThan(0);
    expect(progress.entered).toBeLessThanOrEqual(progress.expected);

    await expect(lockMonth({ actor: editor, yearMonth })).rejects.toMatchObject({ code: "forbidden" });
    await lockMonth({ actor: director, yearMonth });
    expect(await isMonthLocked({ organisationId, yearMonth })).toBe(true);
    await expect(
      saveMonthValues({
        actor: office,
        organisationId,
        yearMonth,
        values: [{ indicator: "tel.bts", value: "1300", note: "x" }],
        locale: "vi",
      }),
    ).rejects.toMatchObject({ code: "locked" });
    await expect(submitMonth({ actor: editor, yearMonth, unitId: editor.unitId! })).rejects.toMatchObject({
      code: "locked",
    });

    await expect(unlockMonth({ actor: office, yearMonth, reason: "sửa số liệu" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(unlockMonth({ actor: admin, yearMonth, reason: "  " })).rejects.toMatchObject({ code: "invalid" });
    await unlockMonth({ actor: admin, yearMonth, reason: "Bưu điện tỉnh báo lại số điểm phục vụ" });
    expect(await isMonthLocked({ organisationId, yearMonth })).toBe(false);

    const events = await findWorkflowEvents({ organisationId, yearMonth });
    expect(events.map((e) => e.action)).toEqual(["unlock", "lock", "submit"]);
    expect(events[0]).toMatchObject({
      reason: "Bưu điện tỉnh báo lại số điểm phục vụ",
      user: { displayName: "Quản trị hệ thống" },
    });
  });
});
