import { pathParam } from "@/lib/api/input";
import { reportRoles } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { submitReport } from "@/lib/submissions/mutations";

export const dynamic = "force-dynamic";

/** Sends a signed report of the caller's organisation to its parent: 201 `{id}` of the submission. */
export const POST = apiRoute<{ id: string }>({ roles: reportRoles }, async ({ actor, params }) => {
  const { id } = await submitReport({ actor, reportId: pathParam(params.id) });
  return Response.json({ id }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["POST"]);
