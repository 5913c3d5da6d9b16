// lib/reports/templates: the sections and sentence templates of reports, the defaults and each organisation's own.
import "server-only";
import { db } from "@/lib/db/client";
import type { PeriodKind } from "@/lib/periods/period";
import { defaultSections } from "./default-sections";
import type { SectionTemplate } from "./types";

/**
 * The organisation's report sections for a kind of report, or that kind's defaults while it has none
 * of its own (worded for a period ending in `periodEnd`, when given).
 */
export async function findReportSections({
  organisationId,
  kind,
  periodEnd,
}: {
  organisationId: string;
  kind: PeriodKind;
  periodEnd?: number;
}): Promise<{ sections: SectionTemplate[]; custom: boolean }> {
  const rows = await db().reportSection.findMany({
    where: { organisationId, kind },
    orderBy: { sortOrder: "asc" },
    select: { key: true, heading: true, fields: true, sentences: true },
  });
  return rows.length ? { sections: rows, custom: true } : { sections: defaultSections(kind, periodEnd), custom: false };
}
