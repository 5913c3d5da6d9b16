import { parseQuery, readJson } from "@/lib/api/input";
import { everyRole, figureEditors } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed, requestLocale } from "@/lib/api/respond";
import { findIndicators } from "@/lib/catalog/data";
import { getReadableOrganisation } from "@/lib/org/data";
import { isMonthCode } from "@/lib/periods/period";
import { findValues } from "@/lib/values/data";
import { findPeriodValues } from "@/lib/values/period-data";
import { saveValues } from "@/lib/values/save";
import { codeOfYearMonth, saveValuesInput, valuesQuery, yearMonthOfCode } from "@/lib/values/schema";

export const dynamic = "force-dynamic";

/** A month's stored values, or with a quarter's, half year's or year's code the period's figures (with how each was saved). */
export const GET = apiRoute({ roles: everyRole }, async ({ request, actor }) => {
  const query = parseQuery(request, valuesQuery);
  const organisation = await getReadableOrganisation({ actor, code: query.org });
  const indicators = query.field
    ? (await findIndicators()).filter((i) => i.field === query.field).map((i) => i.code)
    : undefined;
  if (!isMonthCode(query.period))
    return Response.json(
      await findPeriodValues({ organisationId: organisation.id, periods: [query.period], indicators }),
    );
  const values = await findValues({
    organisationId: organisation.id,
    months: [yearMonthOfCode(query.period)],
    indicators,
  });
  return Response.json(values.map((v) => ({ ...v, period: codeOfYearMonth(v.yearMonth), yearMonth: undefined })));
});

/**
 * Saves a month's values, or an indicator's figures of the quarter, half year or year it is
 * reported by: 200 `{saved, warnings, overwritten}`, `overwritten` listing each stored value a value
 * sent without `version` replaced (`indicator, previous, updatedBy`); 409 for a stale `version`.
 * Clients that read, change and write back must send `version` and retry on 409, or lose updates.
 */
export const PUT = apiRoute({ roles: figureEditors }, async ({ request, actor }) => {
  const input = saveValuesInput.parse(await readJson(request));
  const organisation = await getReadableOrganisation({ actor, code: input.org });
  const result = await saveValues({
    actor,
    organisationId: organisation.id,
    period: input.period,
    values: input.values,
    locale: requestLocale(request),
    source: "api",
  });
  return Response.json(result);
});

export const { POST, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET", "PUT"]);
