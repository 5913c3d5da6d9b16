import { authenticateRequest } from "@/lib/api/authenticate";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { findIndicators } from "@/lib/catalog/data";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request) => {
  await authenticateRequest(request);
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
    })),
  );
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET"]);
