import { authenticateRequest } from "@/lib/api/authenticate";
import { pathParam } from "@/lib/api/input";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { acceptSubmission } from "@/lib/submissions/mutations";

export const dynamic = "force-dynamic";

/** The parent accepts a submission sent to it: 200 `{state: "accepted"}`; the period's months are locked. */
export const POST = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authenticateRequest(request);
  await acceptSubmission({ actor, id: pathParam((await params).id) });
  return Response.json({ state: "accepted" });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["POST"]);
