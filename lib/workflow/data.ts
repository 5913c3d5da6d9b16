import "server-only";
import { findIndicators } from "@/lib/catalog/data";
import { catalogOfMonth } from "@/lib/catalog/dated";
import { isDerived } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";

export async function isMonthLocked({
  organisationId,
  yearMonth,
}: {
  organisationId: string;
  yearMonth: number;
}): Promise<boolean> {
  return (await db().monthLock.count({ where: { organisationId, yearMonth } })) > 0;
}

/** Whether any of some months is locked: a quarter's (half year's, year's) figures are then locked too. */
export async function isAnyMonthLocked({
  organisationId,
  months,
}: {
  organisationId: string;
  months: number[];
}): Promise<boolean> {
  return (await db().monthLock.count({ where: { organisationId, yearMonth: { in: months } } })) > 0;
}

/**
 * Per month of a range: the lock, the units' submissions, and per field how many values are entered
 * of how many the month's catalog expects (no district figures after June 2025).
 */
export async function findCompleteness({ organisationId, months }: { organisationId: string; months: number[] }) {
  const [units, locks, submissions, counts, catalog] = await Promise.all([
    db().unit.findMany({
      where: { organisationId },
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true, dueDay: true, fields: { select: { fieldCode: true } } },
    }),
    db().monthLock.findMany({
      where: { organisationId, yearMonth: { in: months } },
      select: { yearMonth: true, lockedAt: true, lockedBy: { select: { displayName: true } } },
    }),
    db().monthSubmission.findMany({
      where: { organisationId, yearMonth: { in: months } },
      select: { yearMonth: true, unitId: true, submittedAt: true },
    }),
    db().$queryRaw<{ yearMonth: number; fieldCode: string; n: number }[]>`
      SELECT v."yearMonth", i."fieldCode", count(*)::int AS n
      FROM "MonthValue" v JOIN "Indicator" i ON i.code = v."indicatorCode"
      WHERE v."organisationId" = ${organisationId} AND v."yearMonth" = ANY(${months})
        AND (i."activeFrom" IS NULL OR i."activeFrom" <= v."yearMonth") AND (i."activeTo" IS NULL OR i."activeTo" >= v."yearMonth")
      GROUP BY v."yearMonth", i."fieldCode"`,
    findIndicators(),
  ]);
  const expected = new Map<string, number>();
  for (const ym of months) {
    for (const i of catalogOfMonth(catalog, ym))
      if (!isDerived(i.kind)) expected.set(`${ym}:${i.field}`, (expected.get(`${ym}:${i.field}`) ?? 0) + 1);
  }
  return {
    units,
    expected,
    locks: new Map(locks.map((l) => [l.yearMonth, { at: l.lockedAt, by: l.lockedBy?.displayName ?? null }])),
    submissions: new Map(submissions.map((s) => [`${s.yearMonth}:${s.unitId}`, s.submittedAt])),
    entered: new Map(counts.map((c) => [`${c.yearMonth}:${c.fieldCode}`, c.n])),
  };
}

export type Completeness = Awaited<ReturnType<typeof findCompleteness>>;
type BoardUnit = Completeness["units"][number];

/** How many stored indicators of its fields a unit has entered in a month, of how many. */
export function unitProgress(
  board: Completeness,
  yearMonth: number,
  unit: BoardUnit,
): { entered: number; expected: number } {
  return {
    entered: unit.fields.reduce((sum, f) => sum + (board.entered.get(`${yearMonth}:${f.fieldCode}`) ?? 0), 0),
    expected: unit.fields.reduce((sum, f) => sum + (board.expected.get(`${yearMonth}:${f.fieldCode}`) ?? 0), 0),
  };
}

/** The units that report figures (have fields) and have not submitted the month. */
export function unitsNotSubmitted(board: Completeness, yearMonth: number): BoardUnit[] {
  return board.units.filter((u) => u.fields.length > 0 && !board.submissions.has(`${yearMonth}:${u.id}`));
}

export async function findWorkflowEvents({ organisationId, yearMonth }: { organisationId: string; yearMonth: number }) {
  return db().workflowEvent.findMany({
    where: { organisationId, yearMonth },
    orderBy: { at: "desc" },
    select: {
      id: true,
      action: true,
      reason: true,
      at: true,
      unit: { select: { name: true } },
      user: { select: { displayName: true } },
    },
  });
}
