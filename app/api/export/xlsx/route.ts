import { fileResponse, xlsxType } from "@/lib/api/files";
import { readJson } from "@/lib/api/input";
import { everyRole } from "@/lib/auth/roles";
import { apiRoute } from "@/lib/api/respond";
import { buildTableExport, tableExportInput } from "@/lib/excel/table-export";

export const dynamic = "force-dynamic";

/**
 * Any chart's table as .xlsx. The browser sends the figures it shows (the user has read them
 * already), so one route serves every chart; only signed-in users may use it.
 */
export const POST = apiRoute({ roles: everyRole }, async ({ request }) => {
  const table = tableExportInput.parse(await readJson(request));
  return fileResponse(await buildTableExport(table), `${table.fileName}.xlsx`, xlsxType);
});
