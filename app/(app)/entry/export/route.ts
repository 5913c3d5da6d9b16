import { z } from "zod";
import { fileResponse, xlsxType } from "@/lib/api/files";
import { parseQuery } from "@/lib/api/input";
import { everyRole } from "@/lib/auth/roles";
import { apiRoute } from "@/lib/api/respond";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { catalogOfPeriod } from "@/lib/catalog/dated";
import { AppError } from "@/lib/errors";
import { buildPeriodExport } from "@/lib/excel/period-export";
import { readableFileName } from "@/lib/format/file-name";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getDisplayNameAt } from "@/lib/org/data";
import { periodLabel } from "@/lib/periods/labels";
import { lastDayOfMonth, parsePeriod, periodMonths, periodRange } from "@/lib/periods/period";
import { computePeriodValues } from "@/lib/values/queries";

export const dynamic = "force-dynamic";

/** Any month's or longer period's values as .xlsx, computed by each indicator's kind, under the period's names. */
export const GET = apiRoute({ roles: everyRole }, async ({ request, actor }) => {
  const { period: code } = parseQuery(request, z.object({ period: z.string().max(10) }));
  const period = parsePeriod(code);
  if (!period) throw new AppError("malformed", [{ path: "period", message: code }]);
  const [fields, catalog, organisationName] = await Promise.all([
    findFields(),
    findIndicators(),
    getDisplayNameAt({ organisationId: actor.organisationId, date: lastDayOfMonth(periodRange(period)[1]) }),
  ]);
  const indicators = catalogOfPeriod(catalog, period);
  const rows = await computePeriodValues({
    organisationId: actor.organisationId,
    periods: [{ period, months: periodMonths(period) }],
    indicators,
    catalog: new Map(indicators.map((i) => [i.code, i])),
  });
  const title = periodLabel(period, actor.locale);
  const body = await buildPeriodExport({ title, fields, indicators, rows, locale: actor.locale });
  return fileResponse(
    body,
    readableFileName([getDictionary(actor.locale).files.figures, title, organisationName], "xlsx"),
    xlsxType,
  );
});
