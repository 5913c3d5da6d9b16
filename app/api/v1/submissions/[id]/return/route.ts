import { pathParam, readJson } from "@/lib/api/input";
import { reportRoles } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { returnSubmission } from "@/lib/submissions/mutations";
import { returnInput } from "@/lib/submissions/schema";

export const dynamic = "force-dynamic";

/** The parent returns a submission with `{reason}`: 200 `{state: "returned"}`; the report is a draft again. */
export const POST = apiRoute<{ id: string }>({ roles: reportRoles }, async ({ request, actor, params }) => {
  const id = pathParam(params.id);
  const { reason } = returnInput.parse(await readJson(request));
  await returnSubmission({ actor, id, reason });
  return Response.json({ state: "returned" });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["POST"]);
