import { pathParam } from "@/lib/api/input";
import { apiRoute } from "@/lib/api/respond";
import { importRoles } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { scanProgress } from "@/lib/imports/scan-progress";

export const dynamic = "force-dynamic";

/** How many pages of the user's scan OCR has read so far: `{done, total}`, or 404 while none is known. */
export const GET = apiRoute<{ token: string }>({ roles: importRoles }, async ({ actor, params }) => {
  const progress = await scanProgress(pathParam(params.token), actor.id);
  if (!progress) throw new AppError("notFound");
  return Response.json(progress, { headers: { "cache-control": "no-store" } });
});
