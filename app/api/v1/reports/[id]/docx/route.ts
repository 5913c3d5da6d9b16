import { fileResponse } from "@/lib/api/files";
import { pathParam } from "@/lib/api/input";
import { reportRoles } from "@/lib/auth/roles";
import { apiRoute, methodNotAllowed } from "@/lib/api/respond";
import { getDisplayNameAt } from "@/lib/org/data";
import { getReadableReport, reportFileName } from "@/lib/reports/data";
import { buildReportDocx } from "@/lib/reports/docx";

export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>({ roles: reportRoles }, async ({ actor, params }) => {
  const id = pathParam(params.id);
  const report = await getReadableReport({ actor, id });
  const [body, organisationName] = await Promise.all([
    buildReportDocx(report.content),
    getDisplayNameAt({ organisationId: actor.organisationId, date: report.signedOn ?? report.createdAt }),
  ]);
  return fileResponse(
    body,
    reportFileName({ period: report.period, organisationName }, "docx"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET"]);
