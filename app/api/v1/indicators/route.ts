import { everyRole } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { findIndicators } from "@/lib/catalog/data";
import { codeOfYearMonth } from "@/lib/values/schema";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ roles: everyRole }, async () => {
  const indicators = await findIndicators();
  return Response.json(
    indicators.map((i) => ({
      code: i.code,
      field: i.field,
      nameVi: i.nameVi,
      nameEn: i.nameEn,
      unitVi: i.unitVi,
      unitEn: i.unitEn,
      kind: i.kind,
      parent: i.parent,
      numerator: i.numerator,
      denominator: i.denominator,
      decimals: i.decimals,
      // monthly, or quarterly, half-yearly, yearly: PUT /api/v1/values takes that period's code for it.
      frequency: i.frequency,
      // The months it is reported in (YYYY-MM, null: no bound) and its earlier names with their last month.
      activeFrom: i.activeFrom === null ? null : codeOfYearMonth(i.activeFrom),
      activeTo: i.activeTo === null ? null : codeOfYearMonth(i.activeTo),
      formerNames: i.formerNames.map((n) => ({ until: codeOfYearMonth(n.until), nameVi: n.nameVi, nameEn: n.nameEn })),
    })),
  );
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET"]);
