import { pathParam } from "@/lib/api/input";
import { reportRoles } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { getReadableReport } from "@/lib/reports/data";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>({ roles: reportRoles }, async ({ actor, params }) => {
  const id = pathParam(params.id);
  const report = await getReadableReport({ actor, id });
  return Response.json({
    id: report.id,
    kind: report.kind,
    period: report.period,
    status: report.status,
    version: report.version,
    number: report.number,
    signedOn: report.signedOn,
    header: report.content.header,
    paragraphs: report.content.paragraphs,
    closing: report.content.closing,
    recipients: report.content.recipients,
    signer: report.content.signer,
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET"]);
