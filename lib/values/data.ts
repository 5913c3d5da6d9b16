import "server-only";
import { db } from "@/lib/db/client";

export interface LatestValue {
  indicator: string;
  yearMonth: number;
  value: number;
  estimate: boolean;
}

export interface StoredValue {
  indicator: string;
  yearMonth: number;
  /** Exact decimal string as stored. */
  value: string;
  estimate: boolean;
  note: string | null;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

/** Each stored indicator's most recent month of an organisation. */
export async function findLatestValues({ organisationId }: { organisationId: string }): Promise<LatestValue[]> {
  const rows = await db().$queryRaw<{ indicatorCode: string; yearMonth: number; value: string; estimate: boolean }[]>`
    SELECT DISTINCT ON ("indicatorCode") "indicatorCode", "yearMonth", "value"::text AS "value", "estimate"
    FROM "MonthValue"
    WHERE "organisationId" = ${organisationId}
    ORDER BY "indicatorCode", "yearMonth" DESC`;
  return rows.map((r) => ({ indicator: r.indicatorCode, yearMonth: r.yearMonth, value: Number(r.value), estimate: r.estimate }));
}

/** Stored values of some months (optionally some indicators), as exact decimal strings. */
export async function findValues({ organisationId, months, indicators }: { organisationId: string; months: number[]; indicators?: string[] }): Promise<StoredValue[]> {
  const rows = await db().monthValue.findMany({
    where: { organisationId, yearMonth: { in: months }, indicatorCode: indicators ? { in: indicators } : undefined },
    orderBy: [{ yearMonth: "asc" }, { indicatorCode: "asc" }],
    select: { indicatorCode: true, yearMonth: true, value: true, estimate: true, note: true, version: true, updatedAt: true, updatedBy: { select: { username: true } } },
  });
  return rows.map((r) => ({
    indicator: r.indicatorCode,
    yearMonth: r.yearMonth,
    value: r.value.toString(),
    estimate: r.estimate,
    note: r.note,
    version: r.version,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy?.username ?? null,
  }));
}

/** Every change of one value, newest first. */
export async function findValueHistory({ organisationId, indicator, yearMonth }: { organisationId: string; indicator: string; yearMonth: number }) {
  const rows = await db().valueAudit.findMany({
    where: { organisationId, indicatorCode: indicator, yearMonth },
    orderBy: { at: "desc" },
    select: { id: true, oldValue: true, newValue: true, oldEstimate: true, newEstimate: true, note: true, source: true, at: true, user: { select: { username: true, displayName: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    oldValue: r.oldValue?.toString() ?? null,
    newValue: r.newValue?.toString() ?? null,
    oldEstimate: r.oldEstimate,
    newEstimate: r.newEstimate,
    note: r.note,
    source: r.source,
    at: r.at,
    user: r.user?.displayName ?? null,
  }));
}

/** One indicator's stored months in a range, newest first, with who entered them. */
export async function findIndicatorMonths({ organisationId, indicator, from, to }: { organisationId: string; indicator: string; from: number; to: number }): Promise<StoredValue[]> {
  const rows = await findValuesInRange({ organisationId, indicators: [indicator], from, to });
  return rows.reverse();
}

async function findValuesInRange({ organisationId, indicators, from, to }: { organisationId: string; indicators: string[]; from: number; to: number }): Promise<StoredValue[]> {
  const rows = await db().monthValue.findMany({
    where: { organisationId, indicatorCode: { in: indicators }, yearMonth: { gte: from, lte: to } },
    orderBy: { yearMonth: "asc" },
    select: { indicatorCode: true, yearMonth: true, value: true, estimate: true, note: true, version: true, updatedAt: true, updatedBy: { select: { displayName: true } } },
  });
  return rows.map((r) => ({ indicator: r.indicatorCode, yearMonth: r.yearMonth, value: r.value.toString(), estimate: r.estimate, note: r.note, version: r.version, updatedAt: r.updatedAt, updatedBy: r.updatedBy?.displayName ?? null }));
}

/** The latest changes of an indicator across months. */
export async function findIndicatorAudit({ organisationId, indicator, take = 50 }: { organisationId: string; indicator: string; take?: number }) {
  const rows = await db().valueAudit.findMany({
    where: { organisationId, indicatorCode: indicator },
    orderBy: { at: "desc" },
    take,
    select: { id: true, yearMonth: true, oldValue: true, newValue: true, note: true, source: true, at: true, user: { select: { displayName: true } } },
  });
  return rows.map((r) => ({ ...r, oldValue: r.oldValue?.toString() ?? null, newValue: r.newValue?.toString() ?? null, user: r.user?.displayName ?? null }));
}
