import { Alert } from "@/components/ui/alert";
import type { SessionUser } from "@/lib/auth/data";
import { canEditField } from "@/lib/auth/roles";
import { catalogOfPeriod } from "@/lib/catalog/dated";
import { entryPeriodKind, periodEndingIn } from "@/lib/catalog/frequency";
import { depthsIn } from "@/lib/catalog/tree";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";
import { periodLabel } from "@/lib/periods/labels";
import { formatPeriodCode, periodMonths, previousPeriod, samePeriodLastYear, type Period } from "@/lib/periods/period";
import { computeValues } from "@/lib/values/aggregate-data";
import { findPeriodValues } from "@/lib/values/period-data";
import { isAnyMonthLocked } from "@/lib/workflow/data";
import { EntryGrid } from "./entry-grid";
import { entryCells, entryRows } from "./entry-state";

// Indicators a department reports only by quarter, half year or year are entered on the last month
// of their period, in a grid of their own below the month's; other months say when.

const frequencies = ["quarterly", "half-yearly", "yearly"] as const;
type PeriodicKind = "quarter" | "half" | "year";

interface Props {
  user: SessionUser;
  field: string;
  yearMonth: number;
  /** The whole catalog (every month's). */
  catalog: CatalogIndicator[];
  text: Dictionary["entry"];
}

export function PeriodSections({ user, field, yearMonth, catalog, text }: Props) {
  return frequencies.map((frequency) => {
    if (!catalog.some((i) => i.field === field && i.frequency === frequency)) return null;
    const kind = entryPeriodKind(frequency) as PeriodicKind;
    const period = periodEndingIn(frequency, yearMonth);
    const indicators = period
      ? catalogOfPeriod(catalog, period).filter((i) => i.field === field && i.frequency === frequency)
      : [];
    if (!period || !indicators.length) {
      return (
        <p key={frequency} className="text-sm text-slate-600" data-testid={`period-wait-${kind}`}>
          {text.periodic.waits[kind]}
        </p>
      );
    }
    return (
      <PeriodSection
        key={frequency}
        user={user}
        kind={kind}
        period={period}
        indicators={indicators}
        catalog={catalog}
        text={text}
      />
    );
  });
}

async function PeriodSection({
  user,
  kind,
  period,
  indicators,
  catalog,
  text,
}: {
  user: SessionUser;
  kind: PeriodicKind;
  period: Period;
  indicators: CatalogIndicator[];
  catalog: CatalogIndicator[];
  text: Dictionary["entry"];
}) {
  const code = formatPeriodCode(period);
  const byCode = new Map(catalog.map((i) => [i.code, i]));
  const stored = indicators.filter((i) => !isDerived(i.kind));
  const [values, bases, locked] = await Promise.all([
    findPeriodValues({ organisationId: user.organisationId, periods: [code], indicators: stored.map((i) => i.code) }),
    computeValues({
      organisationId: user.organisationId,
      indicators: stored,
      sets: [
        { key: "previous", months: periodMonths(previousPeriod(period)) },
        { key: "lastYear", months: periodMonths(samePeriodLastYear(period)) },
      ],
      catalog: byCode,
    }),
    isAnyMonthLocked({ organisationId: user.organisationId, months: periodMonths(period) }),
  ]);
  // As the server's checks do, only a whole period is a base to compare with.
  const base = (key: string) =>
    Object.fromEntries(
      bases.filter((b) => b.key === key && b.complete && b.value !== null).map((b) => [b.indicator, b.value!]),
    );
  const title = fill(text.periodic.heading, {
    title: text.periodic.titles[kind],
    period: periodLabel(period, user.locale),
  });
  return (
    <section aria-labelledby={`period-${code}`} className="space-y-3" data-testid={`period-section-${kind}`}>
      <h2 id={`period-${code}`} className="text-lg font-semibold">
        {title}
      </h2>
      {locked && <Alert tone="warning">{text.periodic.locked}</Alert>}
      <EntryGrid
        key={code}
        org={user.organisationCode}
        period={code}
        rows={entryRows(indicators, depthsIn(indicators), user.locale)}
        catalog={indicators}
        current={entryCells(values)}
        previous={base("previous")}
        lastYear={base("lastYear")}
        history={{}}
        editable={!locked && canEditField(user, user.organisationId, indicators[0].field)}
        locale={user.locale}
        text={text}
        periodic={{ previous: text.periodic.previous[kind] }}
      />
    </section>
  );
}
