import { z } from "zod";
import { authenticateRequest } from "@/lib/api/authenticate";
import { fileResponse, xlsxType } from "@/lib/api/files";
import { apiRoute, parseQuery } from "@/lib/api/respond";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { AppError } from "@/lib/errors";
import { buildPeriodExport } from "@/lib/excel/period-export";
import { periodLabel } from "@/lib/periods/labels";
import { parsePeriod, periodMonths } from "@/lib/periods/period";
import { computePeriodValues } from "@/lib/values/queries";

export const dynamic = "force-dynamic";

/** Any month's or longer period's values as .xlsx, computed by each indicator's kind. */
export const GET = apiRoute(async (request) => {
  const actor = await authenticateRequest(request);
  const { period: code } = parseQuery(request, z.object({ period: z.string().max(10) }));
  const period = parsePeriod(code);
  if (!period) throw new AppError("malformed", [{ path: "period", message: code }]);
  const [fields, indicators] = await Promise.all([findFields(), findIndicators()]);
  const rows = await computePeriodValues({ organisationId: actor.organisationId, periods: [{ period, months: periodMonths(period) }], indicators, catalog: new Map(indicators.map((i) => [i.code, i])) });
  const body = await buildPeriodExport({ title: periodLabel(period, actor.locale), fields, indicators, rows, locale: actor.locale });
  return fileResponse(body, `so-lieu-${actor.organisationCode}-${code}.xlsx`, xlsxType);
});
