import "server-only";
import { db } from "@/lib/db/client";

export async function findTargets({ organisationId, year, codes }: { organisationId: string; year: number; codes?: string[] }): Promise<Map<string, number>> {
  const rows = await db().yearTarget.findMany({ where: { organisationId, year, indicatorCode: codes ? { in: codes } : undefined }, select: { indicatorCode: true, value: true } });
  return new Map(rows.map((r) => [r.indicatorCode, Number(r.value)]));
}

export async function findIndicatorTargets({ organisationId, indicator }: { organisationId: string; indicator: string }) {
  const rows = await db().yearTarget.findMany({ where: { organisationId, indicatorCode: indicator }, orderBy: { year: "desc" }, select: { year: true, value: true, setBy: { select: { displayName: true } } } });
  return rows.map((r) => ({ year: r.year, value: Number(r.value), setBy: r.setBy?.displayName ?? null }));
}
