import { Link } from "@/components/link";
import { PeriodChoiceFields } from "@/components/pickers/period-choice-fields";
import { buttonVariants } from "@/components/ui/button";
import { hasRole, importRoles } from "@/lib/auth/roles";
import { getSessionUser } from "@/lib/auth/session";
import { getDictionary, type Dictionary, type Locale } from "@/lib/i18n/dictionary";
import { firstPeriodYear, reportPeriodChoices } from "@/lib/periods/choices";
import { monthOf, periodKinds } from "@/lib/periods/period";

/**
 * Excel: the month's template, the import page, and an export of a period chosen from the lists the
 * reports use; for the office and admins, the figures of past reports.
 */
export async function EntryFiles({
  month,
  locale,
  text,
  targetsLabel,
}: {
  month: string;
  locale: Locale;
  text: Dictionary["import"];
  targetsLabel: string;
}) {
  const t = getDictionary(locale);
  const user = await getSessionUser();
  return (
    <div className="no-print flex flex-wrap items-center gap-3 text-sm">
      <a
        href={`/entry/template?month=${month}`}
        className={buttonVariants({ variant: "outline", size: "sm" })}
        download
      >
        {text.template}
      </a>
      <Link href="/entry/import" className={buttonVariants({ variant: "outline", size: "sm" })}>
        {text.title}
      </Link>
      {user && hasRole(user, importRoles) && (
        <Link href="/entry/history" className={buttonVariants({ variant: "outline", size: "sm" })}>
          {t.history.link}
        </Link>
      )}
      <form method="get" action="/entry/export" className="flex flex-wrap items-center gap-1">
        <PeriodChoiceFields
          id="export"
          name="period"
          kinds={periodKinds.map((k) => ({ value: k, label: t.dashboard.kinds[k] }))}
          choices={reportPeriodChoices(monthOf(new Date()), firstPeriodYear, locale)}
          defaultValue={month}
          compact
          text={{ kind: t.pickers.kind, period: text.exportPeriod }}
        />
        <button
          type="submit"
          className={buttonVariants({ variant: "outline", size: "sm", className: "whitespace-nowrap" })}
        >
          {text.export}
        </button>
      </form>
      <Link href="/entry/targets" className="text-brand-700 underline">
        {targetsLabel}
      </Link>
    </div>
  );
}
