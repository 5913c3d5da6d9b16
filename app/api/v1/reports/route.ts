import { readJson } from "@/lib/api/input";
import { reportRoles } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { getReadableOrganisation } from "@/lib/org/data";
import { createReport } from "@/lib/reports/mutations";
import { createReportInput } from "@/lib/reports/schema";

export const dynamic = "force-dynamic";

export const POST = apiRoute({ roles: reportRoles }, async ({ request, actor }) => {
  const input = createReportInput.parse(await readJson(request));
  const organisation = await getReadableOrganisation({ actor, code: input.org });
  const { id } = await createReport({ actor, organisationId: organisation.id, kind: input.kind, period: input.period });
  return Response.json({ id }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["POST"]);
