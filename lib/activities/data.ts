import "server-only";
import { db } from "@/lib/db/client";

export async function findActivities({
  organisationId,
  yearMonth,
  fieldCode,
}: {
  organisationId: string;
  yearMonth: number;
  fieldCode: string;
}) {
  return db().activity.findMany({
    where: { organisationId, yearMonth, fieldCode },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, text: true, createdBy: { select: { displayName: true } } },
  });
}
