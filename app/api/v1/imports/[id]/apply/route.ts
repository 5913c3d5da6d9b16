import { pathParam, readJson } from "@/lib/api/input";
import { importRoles } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed, requestLocale } from "@/lib/api/respond";
import { applyImport } from "@/lib/imports/apply";
import { applyImportInput } from "@/lib/imports/schema";

export const dynamic = "force-dynamic";

/** Stores the accepted figures of an import, all or nothing: 200 `{saved, warnings, overwritten, period}`. */
export const POST = apiRoute<{ id: string }>({ roles: importRoles }, async ({ request, actor, params }) => {
  const id = pathParam(params.id);
  const { items } = applyImportInput.parse(await readJson(request));
  return Response.json(await applyImport({ actor, id, items, locale: requestLocale(request) }));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["POST"]);
