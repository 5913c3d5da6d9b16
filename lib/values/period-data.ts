import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportedContext } from "./reported-check";

// Reads of period figures (quarter, six or nine months, year): the figures of a period, their
// history, and the reported figures around a month that the entry page compares its months with.

export interface StoredPeriodValue {
  indicator: string;
  period: string;
  /** Exact decimal string as stored. */
  value: string;
  estimate: boolean;
  note: string | null;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
  /** How it was last saved (entry, api, import) and the report file it was imported from. */
  source: string;
  fileName: string | null;
}

const storedSelect = {
  indicatorCode: true,
  period: true,
  value: true,
  estimate: true,
  note: true,
  version: true,
  updatedAt: true,
  source: true,
  fileName: true,
  updatedBy: { select: { username: true, displayName: true } },
} as const;
type StoredRow = Prisma.PeriodValueGetPayload<{ select: typeof storedSelect }>;

function toStored(r: StoredRow): StoredPeriodValue {
  return {
    indicator: r.indicatorCode,
    period: r.period,
    value: r.value.toString(),
    estimate: r.estimate,
    note: r.note,
    version: r.version,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy?.username ?? null,
    source: r.source,
    fileName: r.fileName,
  };
}

/** The stored figures of some periods (optionally some indicators), as exact decimal strings. */
export async function findPeriodValues({
  organisationId,
  periods,
  indicators,
}: {
  organisationId: string;
  periods: string[];
  indicators?: string[];
}): Promise<StoredPeriodValue[]> {
  const rows = await db().periodValue.findMany({
    where: { organisationId, period: { in: periods }, indicatorCode: indicators ? { in: indicators } : undefined },
    orderBy: [{ firstMonth: "asc" }, { indicatorCode: "asc" }],
    select: storedSelect,
  });
  return rows.map(toStored);
}

/** Every change of one period figure, newest first. */
export async function findPeriodValueHistory({
  organisationId,
  indicator,
  period,
}: {
  organisationId: string;
  indicator: string;
  period: string;
}) {
  const rows = await db().periodValueAudit.findMany({
    where: { organisationId, indicatorCode: indicator, period },
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

/**
 * The reported figures of longer periods that contain a month, for some indicators, with the stored
 * values of their periods' other months: what a month's entry is compared with once it completes
 * such a period. Two small queries, the second only when there are reported figures.
 */
export async function findReportedAround({
  organisationId,
  indicators,
  yearMonth,
}: {
  organisationId: string;
  indicators: string[];
  yearMonth: number;
}): Promise<ReportedContext> {
  const figures = await db().periodValue.findMany({
    where: {
      organisationId,
      indicatorCode: { in: indicators },
      firstMonth: { lte: yearMonth },
      lastMonth: { gte: yearMonth },
    },
    select: { indicatorCode: true, period: true, firstMonth: true, lastMonth: true, value: true },
  });
  const context: ReportedContext = {
    yearMonth,
    figures: figures.map((f) => ({
      indicator: f.indicatorCode,
      period: f.period,
      first: f.firstMonth,
      last: f.lastMonth,
      value: f.value.toString(),
    })),
    months: [],
  };
  if (!figures.length) return context;
  const rows = await db().monthValue.findMany({
    where: {
      organisationId,
      indicatorCode: { in: [...new Set(context.figures.map((f) => f.indicator))] },
      yearMonth: {
        gte: Math.min(...context.figures.map((f) => f.first)),
        lte: Math.max(...context.figures.map((f) => f.last)),
        not: yearMonth,
      },
    },
    select: { indicatorCode: true, yearMonth: true, value: true },
  });
  return {
    ...context,
    months: rows.map((r) => ({ indicator: r.indicatorCode, yearMonth: r.yearMonth, value: r.value.toString() })),
  };
}
