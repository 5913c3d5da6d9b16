import { authenticateRequest } from "@/lib/api/authenticate";
import { pathParam } from "@/lib/api/input";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { submitReport } from "@/lib/submissions/mutations";

export const dynamic = "force-dynamic";

/** Sends a signed report of the caller's organisation to its parent: 201 `{id}` of the submission. */
export const POST = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authenticateRequest(request);
  const { id } = await submitReport({ actor, reportId: pathParam((await params).id) });
  return Response.json({ id }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["POST"]);
