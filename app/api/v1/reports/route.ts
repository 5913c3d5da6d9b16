import { authenticateRequest } from "@/lib/api/authenticate";
import { readJson } from "@/lib/api/input";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { getReadableOrganisation } from "@/lib/org/data";
import { createReport } from "@/lib/reports/mutations";
import { createReportInput } from "@/lib/reports/schema";

export const dynamic = "force-dynamic";

export const POST = apiRoute(async (request) => {
  const actor = await authenticateRequest(request);
  const input = createReportInput.parse(await readJson(request));
  const organisation = await getReadableOrganisation({ actor, code: input.org });
  const { id } = await createReport({ actor, organisationId: organisation.id, kind: input.kind, period: input.period });
  return Response.json({ id }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["POST"]);
