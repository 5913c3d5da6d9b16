import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addMonths } from "@/lib/periods/period";
import { changeRule, type RecentValue } from "./change-rule";

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

const storedSelect = {
  indicatorCode: true,
  yearMonth: true,
  value: true,
  estimate: true,
  note: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { username: true, displayName: true } },
} as const;
type StoredRow = Prisma.MonthValueGetPayload<{ select: typeof storedSelect }>;

function toStored(r: StoredRow, by: "username" | "displayName"): StoredValue {
  return {
    indicator: r.indicatorCode,
    yearMonth: r.yearMonth,
    value: r.value.toString(),
    estimate: r.estimate,
    note: r.note,
    version: r.version,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy?.[by] ?? null,
  };
}

/** Stored values of some months (optionally some indicators), as exact decimal strings. */
export async function findValues({
  organisationId,
  months,
  indicators,
}: {
  organisationId: string;
  months: number[];
  indicators?: string[];
}): Promise<StoredValue[]> {
  const rows = await db().monthValue.findMany({
    where: { organisationId, yearMonth: { in: months }, indicatorCode: indicators ? { in: indicators } : undefined },
    orderBy: [{ yearMonth: "asc" }, { indicatorCode: "asc" }],
    select: storedSelect,
  });
  return rows.map((r) => toStored(r, "username"));
}

/** Some indicators' stored values in the 24 months before a month (the change rule's history), in one query. */
export async function findRecentValues({
  organisationId,
  indicators,
  yearMonth,
}: {
  organisationId: string;
  indicators: string[];
  yearMonth: number;
}): Promise<RecentValue[]> {
  const rows = await db().monthValue.findMany({
    where: {
      organisationId,
      indicatorCode: { in: indicators },
      yearMonth: { gte: addMonths(yearMonth, -changeRule.historyMonths), lt: yearMonth },
    },
    select: { indicatorCode: true, yearMonth: true, value: true },
  });
  return rows.map((r) => ({ indicator: r.indicatorCode, yearMonth: r.yearMonth, value: Number(r.value) }));
}

/** Every change of one value, newest first. */
export async function findValueHistory({
  organisationId,
  indicator,
  yearMonth,
}: {
  organisationId: string;
  indicator: string;
  yearMonth: number;
}) {
  const rows = await db().valueAudit.findMany({
    where: { organisationId, indicatorCode: indicator, yearMonth },
    orderBy: { at: "desc" },
    select: {
      id: true,
      oldValue: true,
      newValue: true,
      oldEstimate: true,
      newEstimate: true,
      note: true,
      source: true,
      fileName: true,
      at: true,
      user: { select: { username: true, displayName: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    oldValue: r.oldValue?.toString() ?? null,
    newValue: r.newValue?.toString() ?? null,
    oldEstimate: r.oldEstimate,
    newEstimate: r.newEstimate,
    note: r.note,
    source: r.source,
    fileName: r.fileName,
    at: r.at,
    user: r.user?.displayName ?? null,
  }));
}

/** One indicator's stored months in a range, newest first, with the full name of who entered them. */
export async function findIndicatorMonths({
  organisationId,
  indicator,
  from,
  to,
}: {
  organisationId: string;
  indicator: string;
  from: number;
  to: number;
}): Promise<StoredValue[]> {
  const rows = await db().monthValue.findMany({
    where: { organisationId, indicatorCode: indicator, yearMonth: { gte: from, lte: to } },
    orderBy: { yearMonth: "desc" },
    select: storedSelect,
  });
  return rows.map((r) => toStored(r, "displayName"));
}

/** The latest changes of an indicator across months. */
export async function findIndicatorAudit({
  organisationId,
  indicator,
  take = 50,
}: {
  organisationId: string;
  indicator: string;
  take?: number;
}) {
  const rows = await db().valueAudit.findMany({
    where: { organisationId, indicatorCode: indicator },
    orderBy: { at: "desc" },
    take,
    select: {
      id: true,
      yearMonth: true,
      oldValue: true,
      newValue: true,
      note: true,
      source: true,
      at: true,
      user: { select: { displayName: true } },
    },
  });
  return rows.map((r) => ({
    ...r,
    oldValue: r.oldValue?.toString() ?? null,
    newValue: r.newValue?.toString() ?? null,
    user: r.user?.displayName ?? null,
  }));
}
