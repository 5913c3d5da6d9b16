import { Button } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/session";
import { getDictionary } from "@/lib/i18n/dictionary";
import { resetTemplatesAction } from "@/lib/reports/actions";
import { formatters } from "@/lib/reports/template";
import { findReportSections } from "@/lib/reports/templates-data";
import { TemplatesForm } from "./templates-form";

export default async function TemplatesPage() {
  const admin = await requireRole("admin");
  const t = getDictionary(admin.locale);
  const { sections, custom } = await findReportSections({ organisationId: admin.organisationId, kind: "month" });
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t.templates.help}</p>
      <p className="text-sm text-slate-600">
        {t.templates.formatters}: {formatters.map((f) => `{mã|${f}}`).join(", ")}
      </p>
      <TemplatesForm sections={[...sections, { key: "", heading: "", fields: [], sentences: [] }]} text={t.templates} />
      {custom && (
        <form action={resetTemplatesAction}>
          <Button type="submit" variant="ghost">
            {t.templates.reset}
          </Button>
        </form>
      )}
    </div>
  );
}
