import { authenticateRequest } from "@/lib/api/authenticate";
import { pathParam } from "@/lib/api/input";
import { apiRoute } from "@/lib/api/respond";
import { hasRole, importRoles } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { scanProgress } from "@/lib/imports/scan-progress";

export const dynamic = "force-dynamic";

/** How many pages of the user's scan OCR has read so far: `{done, total}`, or 404 while none is known. */
export const GET = apiRoute(async (request, { params }: { params: Promise<{ token: string }> }) => {
  const actor = await authenticateRequest(request);
  if (!hasRole(actor, importRoles)) throw new AppError("forbidden");
  const progress = await scanProgress(pathParam((await params).token), actor.id);
  if (!progress) throw new AppError("notFound");
  return Response.json(progress, { headers: { "cache-control": "no-store" } });
});
