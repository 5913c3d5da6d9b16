import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFields } from "@/lib/catalog/data";
import { db, disconnectDb } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seed/seed";
import { getCompletenessBoard } from "@/lib/workflow/board";

// The completeness board: six months ending with the one asked, newest first, and the field each
// unit's cell opens: its first in the catalog's order.

describe("the completeness board", () => {
  let organisationId: string;

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    organisationId = (
      await db().organisation.findUniqueOrThrow({ where: { code: "tra-vinh-stttt" }, select: { id: true } })
    ).id;
  });
  afterAll(() => disconnectDb());

  it("shows six months ending with the one asked, or with the month before today", async () => {
    const asked = await getCompletenessBoard({ organisationId, month: 202503 });
    expect(asked.months).toEqual([202503, 202502, 202501, 202412, 202411, 202410]);
    const byDefault = await getCompletenessBoard({ organisationId, today: new Date("2026-01-10T00:00:00Z") });
    expect(byDefault.months[0]).toBe(202512);
    expect(byDefault.months).toHaveLength(6);
  });

  it("opens each unit's cell on its first field in the catalog's order", async () => {
    const { board, firstFields } = await getCompletenessBoard({ organisationId, month: 202503 });
    const order = (await findFields()).map((f) => f.code);
    const withFields = board.units.filter((u) => u.fields.length > 0);
    expect(withFields.length).toBeGreaterThan(0);
    for (const unit of withFields) {
      const first = firstFields.get(unit.id)!;
      expect(unit.fields.map((f) => f.fieldCode)).toContain(first);
      for (const { fieldCode } of unit.fields)
        expect(order.indexOf(first)).toBeLessThanOrEqual(order.indexOf(fieldCode));
    }
  });
});
