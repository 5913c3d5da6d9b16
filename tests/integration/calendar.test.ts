import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db/client";
import { findCalendar } from "@/lib/deadlines/data";
import { seedDatabase } from "@/lib/seed/seed";

// The reporting calendar on PostgreSQL: months far after the demo's, where only what the test
// stores is due or done. Due days: the organisation's (units 12, reports by kind) and a unit's own.

const june = 203306;
const july = 203307;
const vietnam = (local: string) => new Date(`${local}+07:00`);

describe("the reporting calendar", () => {
  let organisationId = "";
  let units: { id: string; code: string; dueDay: number | null }[] = [];
  const saved = {
    dueDay: 15,
    monthReportDay: 15,
    quarterReportDay: 6,
    halfReportDay: 6,
    nineReportDay: 6,
    yearReportDay: 25,
  };

  beforeAll(async () => {
    await seedDatabase({ demo: true });
    const { id, parentId, ...days } = await db().organisation.findUniqueOrThrow({
      where: { code: "tra-vinh-stttt" },
      select: {
        id: true,
        parentId: true,
        dueDay: true,
        monthReportDay: true,
        quarterReportDay: true,
        halfReportDay: true,
        nineReportDay: true,
        yearReportDay: true,
      },
    });
    organisationId = id;
    Object.assign(saved, days);
    units = await db().unit.findMany({
      where: { organisationId, fields: { some: {} } },
      orderBy: { code: "asc" },
      select: { id: true, code: true, dueDay: true },
    });
    await db().organisation.update({
      where: { id: organisationId },
      data: { dueDay: 12, monthReportDay: 16, quarterReportDay: 6, halfReportDay: 8 },
    });
    await db().unit.update({ where: { id: units[2].id }, data: { dueDay: 20 } });
    await db().monthSubmission.createMany({
      data: [
        { organisationId, yearMonth: june, unitId: units[0].id, submittedAt: vietnam("2033-06-12T23:30:00") },
        { organisationId, yearMonth: june, unitId: units[1].id, submittedAt: vietnam("2033-06-13T08:00:00") },
      ],
    });
    const report = await db().report.create({
      data: { organisationId, kind: "quarter", period: "2033-Q2", status: "signed", content: {} },
      select: { id: true },
    });
    await db().reportEvent.create({
      data: { reportId: report.id, status: "signed", at: vietnam("2033-06-05T10:00:00") },
    });
    // The department reports to the ministry: a report is done when it is sent up, not when signed.
    const due = new Date("2033-06-06T00:00:00Z");
    await db().submission.create({
      data: {
        organisationId,
        parentId: parentId!,
        reportId: report.id,
        kind: "quarter",
        period: "2033-Q2",
        due,
        submittedAt: vietnam("2033-06-05T15:00:00"),
        content: {},
        figures: {},
      },
    });
    const half = await db().report.create({
      data: { organisationId, kind: "half", period: "2033-H1", status: "signed", content: {} },
      select: { id: true },
    });
    await db().reportEvent.create({
      data: { reportId: half.id, status: "signed", at: vietnam("2033-06-07T10:00:00") },
    });
    await db().report.create({
      data: { organisationId, kind: "month", period: "2033-06", status: "draft", content: {} },
    });
  });

  afterAll(async () => {
    await db().monthSubmission.deleteMany({ where: { organisationId, yearMonth: { in: [june, july] } } });
    await db().submission.deleteMany({ where: { organisationId, period: "2033-Q2" } });
    await db().report.deleteMany({ where: { organisationId, period: { in: ["2033-Q2", "2033-H1", "2033-06"] } } });
    await db().unit.update({ where: { id: units[2].id }, data: { dueDay: units[2].dueDay } });
    await db().organisation.update({ where: { id: organisationId }, data: saved });
    await disconnectDb();
  });

  it("says of each unit's figures and each report whether it was done on time, late, is missing or due", async () => {
    const calendar = await findCalendar({
      organisationId,
      months: [june, july],
      today: vietnam("2033-06-14T09:00:00"),
    });
    const unitStates = calendar.units
      .filter((u) => u.yearMonth === june)
      .map((u) => [u.unit.id, u.due.toISOString().slice(0, 10), u.state]);
    expect(unitStates.slice(0, 3)).toEqual([
      [units[0].id, "2033-06-12", "done"],
      [units[1].id, "2033-06-12", "late"],
      [units[2].id, "2033-06-20", "due"],
    ]);
    expect(unitStates.slice(3).every(([, , state]) => state === "missing")).toBe(true);

    const reports = Object.fromEntries(
      calendar.reports.map((r) => [r.code, [r.due.toISOString().slice(0, 10), r.state, r.report?.status ?? null]]),
    );
    expect(reports).toEqual({
      "2033-Q2": ["2033-06-06", "done", "signed"],
      // Signed, never sent up.
      "2033-H1": ["2033-06-08", "missing", "signed"],
      "2033-06": ["2033-06-16", "dueSoon", "draft"],
      "2033-07": ["2033-07-16", "due", null],
    });
  });
});
