import { authenticateRequest } from "@/lib/api/authenticate";
import { fileResponse } from "@/lib/api/files";
import { apiRoute, methodNotAllowed, pathParam } from "@/lib/api/respond";
import { getReadableReport, reportFileName } from "@/lib/reports/data";
import { buildReportDocx } from "@/lib/reports/docx";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authenticateRequest(request);
  const id = pathParam((await params).id);
  const report = await getReadableReport({ actor, id });
  const body = await buildReportDocx(report.content);
  return fileResponse(body, reportFileName(report, "docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = methodNotAllowed(["GET"]);
