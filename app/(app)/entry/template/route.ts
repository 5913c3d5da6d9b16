import { z } from "zod";
import { entryFields } from "@/lib/auth/roles";
import { fileResponse, xlsxType } from "@/lib/api/files";
import { parseQuery } from "@/lib/api/input";
import { everyRole } from "@/lib/auth/roles";
import { apiRoute } from "@/lib/api/respond";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { catalogOfMonth } from "@/lib/catalog/dated";
import { buildEntryTemplate } from "@/lib/excel/entry-workbook";
import { readableFileName } from "@/lib/format/file-name";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getDisplayNameAt } from "@/lib/org/data";
import { periodLabel } from "@/lib/periods/labels";
import { addMonths, lastDayOfMonth, splitYearMonth } from "@/lib/periods/period";
import { findValues } from "@/lib/values/data";
import { monthCode, yearMonthOfCode } from "@/lib/values/schema";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ roles: everyRole }, async ({ request, actor }) => {
  const { month } = parseQuery(request, z.object({ month: monthCode }));
  const yearMonth = yearMonthOfCode(month);
  const [fields, indicators, values, organisationName] = await Promise.all([
    findFields(),
    findIndicators(),
    findValues({
      organisationId: actor.organisationId,
      months: [yearMonth, addMonths(yearMonth, -1), addMonths(yearMonth, -12)],
    }),
    getDisplayNameAt({ organisationId: actor.organisationId, date: lastDayOfMonth(yearMonth) }),
  ]);
  const at = (ym: number) => new Map(values.filter((v) => v.yearMonth === ym).map((v) => [v.indicator, v]));
  const body = await buildEntryTemplate({
    org: actor.organisationCode,
    period: month,
    locale: actor.locale,
    fields: entryFields(actor, fields),
    indicators: catalogOfMonth(indicators, yearMonth),
    current: at(yearMonth),
    previous: new Map([...at(addMonths(yearMonth, -1))].map(([code, v]) => [code, v.value])),
    lastYear: new Map([...at(addMonths(yearMonth, -12))].map(([code, v]) => [code, v.value])),
  });
  const { year, month: index } = splitYearMonth(yearMonth);
  const name = readableFileName(
    [
      getDictionary(actor.locale).files.figures,
      periodLabel({ kind: "month", year, index }, actor.locale),
      organisationName,
    ],
    "xlsx",
  );
  return fileResponse(body, name, xlsxType);
});
