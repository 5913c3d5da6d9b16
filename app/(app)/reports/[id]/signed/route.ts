import { fileResponse } from "@/lib/api/files";
import { reportRoles } from "@/lib/auth/roles";
import { apiRoute } from "@/lib/api/respond";
import { AppError } from "@/lib/errors";
import { getSignedPdf } from "@/lib/reports/data";

export const dynamic = "force-dynamic";

/** The scanned or digitally signed copy kept with a signed report. */
export const GET = apiRoute<{ id: string }>({ roles: reportRoles }, async ({ actor, params }) => {
  const { id } = params;
  const signed = await getSignedPdf({ actor, id });
  if (!signed) throw new AppError("notFound");
  return fileResponse(signed.pdf, signed.fileName, "application/pdf");
});
