import { pathParam } from "@/lib/api/input";
import { reportRoles } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { acceptSubmission } from "@/lib/submissions/mutations";

export const dynamic = "force-dynamic";

/** The parent accepts a submission sent to it: 200 `{state: "accepted"}`; the period's months are locked. */
export const POST = apiRoute<{ id: string }>({ roles: reportRoles }, async ({ actor, params }) => {
  await acceptSubmission({ actor, id: pathParam(params.id) });
  return Response.json({ state: "accepted" });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["POST"]);
