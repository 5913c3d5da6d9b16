import "server-only";
import { db } from "@/lib/db/client";

export async function findTargets({ organisationId, year, codes }: { organisationId: string; year: number; codes?: string[] }): Promise<Map<string, number>> {
  const rows = await db().yearTarget.findMany({ where: { organisationId, year, indicatorCode: codes ? { in: codes } : undefined }, select: { indicatorCode: true, value: true } });
  return new Map(rows.map((r) => [r.indicatorCode, Number(r.value)]));
}
