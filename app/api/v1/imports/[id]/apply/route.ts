import { authenticateRequest } from "@/lib/api/authenticate";
import { pathParam, readJson } from "@/lib/api/input";
import { apiRoute, methodNotAllowed, requestLocale } from "@/lib/api/respond";
import { applyImport } from "@/lib/imports/apply";
import { applyImportInput } from "@/lib/imports/schema";

export const dynamic = "force-dynamic";

/** Stores the accepted figures of an import, all or nothing: 200 `{saved, warnings, overwritten, period}`. */
export const POST = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authenticateRequest(request);
  const id = pathParam((await params).id);
  const { items } = applyImportInput.parse(await readJson(request));
  return Response.json(await applyImport({ actor, id, items, locale: requestLocale(request) }));
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["POST"]);
