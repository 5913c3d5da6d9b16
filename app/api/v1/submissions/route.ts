import { parseQuery } from "@/lib/api/input";
import { everyRole } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { listSubmissions } from "@/lib/submissions/data";
import { submissionsQuery } from "@/lib/submissions/schema";

export const dynamic = "force-dynamic";

/** A period's submissions: the parent's of every organisation under it, a department's of its own. */
export const GET = apiRoute({ roles: everyRole }, async ({ request, actor }) => {
  const { period } = parseQuery(request, submissionsQuery);
  return Response.json({ submissions: await listSubmissions({ actor, period }) });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET"]);
