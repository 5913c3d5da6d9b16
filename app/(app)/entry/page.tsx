import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { canEditField, entryFields } from "@/lib/auth/roles";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { catalogOfMonth } from "@/lib/catalog/dated";
import { getDictionary } from "@/lib/i18n/dictionary";
import { addMonths, monthOf } from "@/lib/periods/period";
import { isDerived } from "@/lib/catalog/types";
import { depthsIn } from "@/lib/catalog/tree";
import { getEntryMonth } from "@/lib/values/entry-month";
import { codeOfYearMonth, monthCode, yearMonthOfCode } from "@/lib/values/schema";
import { isMonthLocked } from "@/lib/workflow/data";
import { Alert } from "@/components/ui/alert";
import { EntryGrid } from "./_components/entry-grid";
import { entryCells, entryRows } from "./_components/entry-state";
import { ActivitiesPanel } from "./_components/activities-panel";
import { EntryFiles } from "./_components/entry-files";
import { EntryPicker } from "./_components/entry-picker";
import { PeriodSections } from "./_components/period-sections";
import { WorkflowBar } from "./_components/workflow-bar";
import { pageTitle } from "@/lib/i18n/metadata";
import { localName } from "@/lib/i18n/local-name";

export const generateMetadata = pageTitle((t) => t.entry.title);

export const dynamic = "force-dynamic";

const search = z.object({
  month: monthCode.optional().catch(undefined),
  field: z.string().max(60).optional().catch(undefined),
});

export default async function EntryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const t = getDictionary(user.locale);
  const params = search.parse(await searchParams);
  const [allFields, wholeCatalog] = await Promise.all([findFields(), findIndicators()]);
  const fields = entryFields(user, allFields);
  if (!fields.length) return <Alert tone="warning">{t.entry.noFields}</Alert>;

  const field = fields.find((f) => f.code === params.field) ?? fields[0];
  const yearMonth = params.month ? yearMonthOfCode(params.month) : addMonths(monthOf(new Date()), -1);
  // The month's indicators under their names of the month; its checks expect only the parts reported then.
  const catalog = catalogOfMonth(wholeCatalog, yearMonth);
  const indicators = catalog.filter((i) => i.field === field.code);
  const stored = indicators.filter((i) => !isDerived(i.kind)).map((i) => i.code);
  const [month, locked] = await Promise.all([
    getEntryMonth({ organisationId: user.organisationId, yearMonth, indicators: stored }),
    isMonthLocked({ organisationId: user.organisationId, yearMonth }),
  ]);
  const editable = !locked && canEditField(user, user.organisationId, field.code);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.entry.title}</h1>
      <EntryPicker
        month={codeOfYearMonth(yearMonth)}
        field={field.code}
        fields={fields.map((f) => ({ code: f.code, name: localName(f, user.locale) }))}
        locale={user.locale}
        text={t.entry}
      />
      <EntryFiles
        month={codeOfYearMonth(yearMonth)}
        locale={user.locale}
        text={t.import}
        targetsLabel={t.targets.title}
      />
      <WorkflowBar user={user} yearMonth={yearMonth} locked={locked} />
      {locked && (
        <Alert tone="warning" data-testid="locked-notice">
          {t.entry.locked}
        </Alert>
      )}
      {!locked && !editable && <Alert tone="info">{t.entry.readOnly}</Alert>}
      <EntryGrid
        key={`${yearMonth}:${field.code}`}
        org={user.organisationCode}
        period={codeOfYearMonth(yearMonth)}
        rows={entryRows(indicators, depthsIn(catalog), user.locale)}
        catalog={catalog}
        current={entryCells(month.stored)}
        previous={Object.fromEntries(month.previous)}
        lastYear={Object.fromEntries(month.lastYear)}
        history={Object.fromEntries(month.history)}
        reported={month.reported}
        editable={editable}
        locale={user.locale}
        text={t.entry}
      />
      <PeriodSections user={user} field={field.code} yearMonth={yearMonth} catalog={wholeCatalog} text={t.entry} />
      <ActivitiesPanel
        organisationId={user.organisationId}
        yearMonth={yearMonth}
        month={codeOfYearMonth(yearMonth)}
        field={field.code}
        editable={canEditField(user, user.organisationId, field.code)}
        locked={locked}
        text={t.activities}
      />
    </div>
  );
}
