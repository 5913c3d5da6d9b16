import { authenticateRequest } from "@/lib/api/authenticate";
import { pathParam } from "@/lib/api/input";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { getReadableImport } from "@/lib/imports/data";

export const dynamic = "force-dynamic";

/** An import of the caller's organisation, with each candidate's review state. */
export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authenticateRequest(request);
  return Response.json(await getReadableImport({ actor, id: pathParam((await params).id) }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET"]);
