import "server-only";
import { db } from "@/lib/db/client";

export interface LatestValue {
  indicator: string;
  yearMonth: number;
  value: number;
  estimate: boolean;
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
