import { z } from "zod";
import { ChoiceLinks } from "@/components/dashboard/choice-links";
import { Alert } from "@/components/ui/alert";
import { ActionButton } from "@/components/action-button";
import { administrators } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { findIndicators } from "@/lib/catalog/data";
import { getDictionary } from "@/lib/i18n/dictionary";
import { reportPeriodChoices } from "@/lib/periods/choices";
import { monthOf, parsePeriod, periodKinds, periodRange } from "@/lib/periods/period";
import { templateExample } from "@/lib/reports/templates/example";
import { resetTemplatesAction } from "@/lib/reports/templates/actions";
import { findReportSections } from "@/lib/reports/templates/data";
import { SyntaxHelp } from "./syntax-help";
import { TemplatesForm } from "./templates-form";
import { pageTitle } from "@/lib/i18n/metadata";
import { nameOfCode } from "@/lib/i18n/local-name";

export const generateMetadata = pageTitle((t) => t.templates.title);

export const dynamic = "force-dynamic";

/** The first year the preview offers (as the reports page's create form). */
const firstPreviewYear = 2019;

export default async function TemplatesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requireRole(...administrators);
  const t = getDictionary(admin.locale);
  const kind = z
    .enum(periodKinds)
    .catch("month")
    .parse((await searchParams).kind);
  const [{ sections, custom }, indicators] = await Promise.all([
    findReportSections({ organisationId: admin.organisationId, kind }),
    findIndicators(),
  ]);
  const catalog = new Map(indicators.map((i) => [i.code, i]));
  const thisMonth = monthOf(new Date());
  const periods = reportPeriodChoices(thisMonth, firstPreviewYear, admin.locale)[kind];
  // The latest period already over has its figures; the current month's are still being entered.
  const initialPeriod =
    periods.find((p) => periodRange(parsePeriod(p.value)!)[1] < thisMonth)?.value ?? periods[0]?.value ?? "";
  return (
    <div className="space-y-4">
      <ChoiceLinks
        label={t.templates.kind}
        options={periodKinds.map((k) => ({
          href: `/admin/templates?kind=${k}`,
          label: t.templates.kinds[k],
          active: k === kind,
        }))}
      />
      <Alert tone={custom ? "info" : "warning"} data-testid="templates-origin">
        {custom ? t.templates.customNote : t.templates.defaultsNote}
      </Alert>
      <p className="text-sm text-slate-600">{t.templates.help}</p>
      <SyntaxHelp
        example={templateExample(catalog)}
        names={(code) => nameOfCode(catalog, code, admin.locale)}
        text={t.templates}
      />
      <TemplatesForm
        key={kind}
        kind={kind}
        sections={[...sections, { key: "", heading: "", fields: [], sentences: [] }]}
        periods={periods}
        initialPeriod={initialPeriod}
        text={t.templates}
      />
      {custom && (
        <ActionButton action={resetTemplatesAction} fields={{ kind }} label={t.templates.reset} variant="ghost" />
      )}
    </div>
  );
}
