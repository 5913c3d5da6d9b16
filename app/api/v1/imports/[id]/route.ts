import { pathParam } from "@/lib/api/input";
import { importRoles } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { getReadableImport } from "@/lib/imports/data";

export const dynamic = "force-dynamic";

/** An import of the caller's organisation, with each candidate's review state. */
export const GET = apiRoute<{ id: string }>({ roles: importRoles }, async ({ actor, params }) => {
  return Response.json(await getReadableImport({ actor, id: pathParam(params.id) }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET"]);
