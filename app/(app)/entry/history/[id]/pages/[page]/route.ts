import { pathParam } from "@/lib/api/input";
import { importRoles } from "@/lib/auth/roles";
import { apiRoute } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { getImportPageImage } from "@/lib/imports/data";

export const dynamic = "force-dynamic";

/** The image of a scanned page, for the review to show beside the page's OCR'd text. */
export const GET = apiRoute<{ id: string; page: string }>({ roles: importRoles }, async ({ actor, params }) => {
  const { id, page } = params;
  const number = Number(pathParam(page));
  if (!Number.isInteger(number) || number < 1 || number > 1000) throw new AppError("notFound");
  const found = await getImportPageImage({ actor, id: pathParam(id), number });
  if (!found) throw new AppError("notFound");
  return new Response(new Uint8Array(found.image), {
    headers: {
      "content-type": found.type,
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
    },
  });
});
