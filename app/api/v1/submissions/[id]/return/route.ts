import { authenticateRequest } from "@/lib/api/authenticate";
import { pathParam, readJson } from "@/lib/api/input";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { returnSubmission } from "@/lib/submissions/mutations";
import { returnInput } from "@/lib/submissions/schema";

export const dynamic = "force-dynamic";

/** The parent returns a submission with `{reason}`: 200 `{state: "returned"}`; the report is a draft again. */
export const POST = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authenticateRequest(request);
  const id = pathParam((await params).id);
  const { reason } = returnInput.parse(await readJson(request));
  await returnSubmission({ actor, id, reason });
  return Response.json({ state: "returned" });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["POST"]);
