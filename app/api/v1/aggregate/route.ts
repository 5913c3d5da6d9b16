import { z } from "zod";
import { parseQuery } from "@/lib/api/input";
import { everyRole } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { getReadableOrganisation } from "@/lib/org/data";
import { findNationalFigures, receivesSubmissions } from "@/lib/submissions/data";
import { getAggregate, parsePeriodCode } from "@/lib/values/queries";

export const dynamic = "force-dynamic";

const query = z.object({
  org: z.string().min(1).max(60),
  period: z.string().min(4).max(10),
  indicators: z
    .string()
    .min(1)
    .max(4000)
    .transform((s) => [
      ...new Set(
        s
          .split(",")
          .map((c) => c.trim())
          .filter(Boolean),
      ),
    ]),
});

/**
 * A period's figures of an organisation; of an organisation others report to (the ministry), the
 * national figures of its departments' accepted submissions, each with the `provinces` it covers.
 */
export const GET = apiRoute({ roles: everyRole }, async ({ request, actor }) => {
  const { org, period, indicators } = parseQuery(request, query);
  const organisation = await getReadableOrganisation({ actor, code: org });
  // The user's own organisation says so in the session; another is asked.
  const ofSubmissions =
    organisation.id === actor.organisationId ? actor.receivesSubmissions : await receivesSubmissions(organisation.id);
  if (ofSubmissions) {
    const national = await findNationalFigures({ actor, period: parsePeriodCode(period), parentId: organisation.id });
    const byCode = new Map(national.figures.map((f) => [f.indicator, f]));
    return Response.json(
      indicators.map((indicator) => ({
        indicator,
        period,
        value: byCode.get(indicator)?.value ?? null,
        provinces: byCode.get(indicator)?.provinces ?? 0,
        source: "submissions",
      })),
    );
  }
  return Response.json(await getAggregate({ actor, org, period, indicatorCodes: indicators }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET"]);
