import { fileResponse, xlsxType } from "@/lib/api/files";
import { parseQuery } from "@/lib/api/input";
import { everyRole } from "@/lib/auth/roles";
import { apiRoute } from "@/lib/api/respond";
import { buildTablesExport } from "@/lib/excel/table-export";
import { readableFileName } from "@/lib/format/file-name";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { periodLabel } from "@/lib/periods/labels";
import { getMinistryView } from "@/lib/submissions/data";
import { submissionsQuery } from "@/lib/submissions/schema";
import { localName, localUnit } from "@/lib/i18n/local-name";

export const dynamic = "force-dynamic";

/** The ministry's table of a period as Excel: each department's standing, and the national figures. */
export const GET = apiRoute({ roles: everyRole }, async ({ request, actor }) => {
  const { period } = parseQuery(request, submissionsQuery);
  const { standings, counts, national, indicators } = await getMinistryView({ actor, period });
  const t = getDictionary(actor.locale);
  const label = periodLabel(period, actor.locale);
  const workbook = await buildTablesExport([
    {
      title: `${t.ministry.title}: ${label}`,
      sheet: t.ministry.title,
      description: fill(t.ministry.summary, counts),
      header: [t.ministry.organisation, t.ministry.due, t.ministry.state, t.ministry.submittedAt],
      kinds: ["text", "text", "text", "text"],
      decimals: 0,
      rows: standings.map((s) => [
        s.organisation.name,
        formatDate(s.due, actor.locale, "UTC"),
        t.ministry.standings[s.standing],
        s.submission ? formatDateTime(s.submission.submittedAt, actor.locale) : "",
      ]),
    },
    {
      title: fill(t.ministry.national, { accepted: national.accepted, total: standings.length }),
      sheet: t.ministry.nationalSheet,
      description: t.ministry.nationalHint,
      header: [t.ministry.indicator, t.ministry.unit, t.ministry.value, t.ministry.provinces],
      kinds: ["text", "text", "number", "integer"],
      decimals: 6,
      rows: national.figures.map((f) => {
        const indicator = indicators.get(f.indicator)!;
        return [
          localName(indicator, actor.locale),
          localUnit(indicator, actor.locale),
          f.value === null ? null : Number(f.value),
          f.provinces,
        ];
      }),
    },
  ]);
  return fileResponse(workbook, `${readableFileName([t.ministry.title, label])}.xlsx`, xlsxType);
});
