import { z } from "zod";
import { authenticateRequest } from "@/lib/api/authenticate";
import { fileResponse, xlsxType } from "@/lib/api/files";
import { apiRoute, parseQuery } from "@/lib/api/respond";
import { findIndicators } from "@/lib/catalog/data";
import { getTrend } from "@/lib/dashboard/data";
import { grains, ranges } from "@/lib/dashboard/url-state";
import { AppError } from "@/lib/errors";
import { getReadableOrganisation } from "@/lib/org/data";
import { buildSeriesExport } from "@/lib/excel/series-export";

export const dynamic = "force-dynamic";

const query = z.object({
  end: z.coerce.number().int().min(199001).max(210012).refine((ym) => ym % 100 >= 1 && ym % 100 <= 12),
  range: z.coerce.number().pipe(z.union(ranges.map((r) => z.literal(r)) as [z.ZodLiteral<24>, z.ZodLiteral<36>])).default(24),
  grain: z.enum(grains).default("month"),
  org: z.string().max(60).optional(),
});

/** A trend chart's data as .xlsx. */
export const GET = apiRoute(async (request, { params }: { params: Promise<{ code: string }> }) => {
  const actor = await authenticateRequest(request);
  const { code } = await params;
  const { end, range, grain, org } = parseQuery(request, query);
  const organisation = await getReadableOrganisation({ actor, code: org ?? null });
  const catalog = await findIndicators();
  const indicator = catalog.find((i) => i.code === code);
  if (!indicator) throw new AppError("notFound");
  const rows = await getTrend({ organisationId: organisation.id, indicator, end, range, grain, catalog });
  const body = await buildSeriesExport({ title: actor.locale === "en" ? indicator.nameEn : indicator.nameVi, rows, decimals: indicator.decimals, locale: actor.locale });
  return fileResponse(body, `${code}-${grain}-${end}.xlsx`, xlsxType);
});
