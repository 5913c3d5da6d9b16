import "server-only";
import { db } from "@/lib/db/client";

/** Targets of some years and indicators, keyed `year:indicator`, in one query. */
export async function findTargets({ organisationId, years, codes }: { organisationId: string; years: number[]; codes: string[] }): Promise<Map<string, number>> {
  const rows = await db().yearTarget.findMany({ where: { organisationId, year: { in: years }, indicatorCode: { in: codes } }, select: { year: true, indicatorCode: true, value: true } });
  return new Map(rows.map((r) => [`${r.year}:${r.indicatorCode}`, Number(r.value)]));
}

export async function findIndicatorTargets({ organisationId, indicator }: { organisationId: string; indicator: string }) {
  const rows = await db().yearTarget.findMany({ where: { organisationId, indicatorCode: indicator }, orderBy: { year: "desc" }, select: { year: true, value: true, setBy: { select: { displayName: true } } } });
  return rows.map((r) => ({ year: r.year, value: Number(r.value), setBy: r.setBy?.displayName ?? null }));
}
