import { readJson } from "@/lib/api/input";
import { importRoles } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed, requestLocale } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { createImport } from "@/lib/imports/mutations";
import { createImportJson, importLimits, readImportForm } from "@/lib/imports/schema";
import { readUploadForm, textOfUpload } from "@/lib/imports/upload";
import { getReadableOrganisation } from "@/lib/org/data";

export const dynamic = "force-dynamic";

/** The request's report: JSON `{org, text}` or a multipart `file` (or `text`), each with an optional `kind` and `period`. */
async function readRequest(request: Request) {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  // A report's text may be up to 2 MB of characters, several bytes each in UTF-8.
  if (type === "application/json") return createImportJson.parse(await readJson(request, 4 * importLimits.textChars));
  if (type !== "multipart/form-data") throw new AppError("unsupportedMediaType");
  const form = readImportForm.parse(await readUploadForm(request));
  return { ...form, ...(await textOfUpload(form, requestLocale(request))) };
}

/** Reads a past report into candidate figures for review: 201 with the reading; nothing is stored as a figure. */
export const POST = apiRoute({ roles: importRoles }, async ({ request, actor }) => {
  const input = await readRequest(request);
  const organisation = await getReadableOrganisation({ actor, code: input.org ?? null });
  const pages = "pages" in input ? input.pages : [];
  const view = await createImport({
    actor,
    organisationId: organisation.id,
    text: input.text,
    fileName: input.fileName,
    period: input.period,
    pages,
    locale: requestLocale(request),
  });
  return Response.json(view, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["POST"]);
