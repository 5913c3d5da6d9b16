import "server-only";
import { db } from "@/lib/db/client";

/** Targets of some years and indicators, keyed `year:indicator`, in one query. */
/** Targets by `year:indicator`. In raw SQL: every dashboard and API read asks it beside its figures. */
export async function findTargets({
  organisationId,
  years,
  codes,
}: {
  organisationId: string;
  years: number[];
  codes: string[];
}): Promise<Map<string, number>> {
  const rows = await db().$queryRaw<{ key: string; value: string }[]>`
    SELECT year || ':' || "indicatorCode" AS key, value::text AS value FROM "YearTarget"
    WHERE "organisationId" = ${organisationId} AND year = ANY(${years}::int[]) AND "indicatorCode" = ANY(${codes}::text[])`;
  return new Map(rows.map((r) => [r.key, Number(r.value)]));
}

export async function findIndicatorTargets({
  organisationId,
  indicator,
}: {
  organisationId: string;
  indicator: string;
}) {
  const rows = await db().yearTarget.findMany({
    where: { organisationId, indicatorCode: indicator },
    orderBy: { year: "desc" },
    select: { year: true, value: true, setBy: { select: { displayName: true } } },
  });
  return rows.map((r) => ({ year: r.year, value: Number(r.value), setBy: r.setBy?.displayName ?? null }));
}
