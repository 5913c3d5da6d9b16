import { authenticateRequest } from "@/lib/api/authenticate";
import { parseQuery } from "@/lib/api/input";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { listSubmissions } from "@/lib/submissions/data";
import { submissionsQuery } from "@/lib/submissions/schema";

export const dynamic = "force-dynamic";

/** A period's submissions: the parent's of every organisation under it, a department's of its own. */
export const GET = apiRoute(async (request) => {
  const actor = await authenticateRequest(request);
  const { period } = parseQuery(request, submissionsQuery);
  return Response.json({ submissions: await listSubmissions({ actor, period }) });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET"]);
