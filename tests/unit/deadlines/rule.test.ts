import { describe, expect, it } from "vitest";
import {
  dataCutOff,
  deadlineState,
  defaultReportDays,
  endOfDueDay,
  reportDue,
  reportsDueIn,
  unitFiguresDue,
} from "@/lib/deadlines/rule";
import { formatPeriodCode, type Period } from "@/lib/periods/period";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
/** An instant in Vietnam (UTC+7). */
const vietnam = (local: string) => new Date(`${local}+07:00`);

describe("when figures and reports are due", () => {
  it("cuts a period's figures off on the 14th of its last month, from the 15th of the month before (NĐ 09/2019)", () => {
    const cut = (p: Period) => Object.values(dataCutOff(p)).map(iso);
    expect(cut({ kind: "month", year: 2026, index: 6 })).toEqual(["2026-05-15", "2026-06-14"]);
    expect(cut({ kind: "month", year: 2026, index: 1 })).toEqual(["2025-12-15", "2026-01-14"]);
    expect(cut({ kind: "quarter", year: 2026, index: 1 })).toEqual(["2025-12-15", "2026-03-14"]);
    expect(cut({ kind: "half", year: 2026, index: 1 })).toEqual(["2025-12-15", "2026-06-14"]);
    expect(cut({ kind: "nine", year: 2026, index: 1 })).toEqual(["2025-12-15", "2026-09-14"]);
    expect(cut({ kind: "year", year: 2026, index: 1 })).toEqual(["2025-12-15", "2026-12-14"]);
  });

  it("dues reports as the ministry's regime does (TT 02/2023), moved by the organisation's days", () => {
    const due = (p: Period, days = defaultReportDays) => iso(reportDue(p, days));
    expect(due({ kind: "month", year: 2026, index: 6 })).toBe("2026-06-15");
    expect(due({ kind: "quarter", year: 2026, index: 4 })).toBe("2026-12-06");
    expect(due({ kind: "half", year: 2026, index: 1 })).toBe("2026-06-06");
    expect(due({ kind: "nine", year: 2026, index: 1 })).toBe("2026-09-06");
    expect(due({ kind: "year", year: 2026, index: 1 })).toBe("2026-11-25");
    expect(due({ kind: "month", year: 2026, index: 6 }, { ...defaultReportDays, month: 20 })).toBe("2026-06-20");
    expect(iso(unitFiguresDue(202606, 12))).toBe("2026-06-12");
  });

  it("lists the reports due in a month", () => {
    const codes = (ym: number) => reportsDueIn(ym).map(formatPeriodCode);
    expect(codes(202605)).toEqual(["2026-05"]);
    expect(codes(202606)).toEqual(["2026-06", "2026-Q2", "2026-H1"]);
    expect(codes(202609)).toEqual(["2026-09", "2026-Q3", "2026-9M"]);
    expect(codes(202611)).toEqual(["2026-11", "2026"]);
    expect(codes(202612)).toEqual(["2026-12", "2026-Q4", "2026-H2"]);
  });

  it("counts a due day until its end in Vietnam", () => {
    const due = day("2026-06-15");
    expect(endOfDueDay(due).toISOString()).toBe("2026-06-15T17:00:00.000Z");
    expect(deadlineState(due, vietnam("2026-06-15T23:59:00"), vietnam("2026-06-20T09:00:00"))).toBe("done");
    expect(deadlineState(due, vietnam("2026-06-16T00:01:00"), vietnam("2026-06-20T09:00:00"))).toBe("late");
    expect(deadlineState(due, null, vietnam("2026-06-16T00:01:00"))).toBe("missing");
    expect(deadlineState(due, null, vietnam("2026-06-15T23:00:00"))).toBe("dueSoon");
    expect(deadlineState(due, null, vietnam("2026-06-12T00:00:00"))).toBe("dueSoon");
    expect(deadlineState(due, null, vietnam("2026-06-11T23:00:00"))).toBe("due");
  });
});
