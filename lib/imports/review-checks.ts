import { catalogOfPeriod } from "@/lib/catalog/dated";
import type { CatalogIndicator } from "@/lib/catalog/types";
import type { Locale } from "@/lib/i18n/dictionary";
import type { Period } from "@/lib/periods/period";
import { describeIssue } from "@/lib/values/check-messages";
import { checkMonthValues, checkPeriodValues } from "@/lib/values/checks";
import type { CheckCode } from "@/lib/values/check-issue";

// The entry page's checks on the figures a reviewer accepts, in the browser: parts and their total,
// exhaustive parts, decimals, bounds. The server runs them again on apply, with the stored figures
// and the change rule.

export interface ReviewIssue {
  indicator: string;
  /** `jump`: a large change that a note must explain (the change rule). */
  code: CheckCode;
  blocking: boolean;
  text: string;
}

/** The issues of the accepted figures (indicator → exact decimal string) of a period, with their notes (indicator → note). */
export function reviewIssues({
  catalog,
  period,
  accepted,
  notes = new Map(),
  locale,
}: {
  catalog: CatalogIndicator[];
  period: Period;
  accepted: Map<string, string>;
  notes?: Map<string, string>;
  locale: Locale;
}): ReviewIssue[] {
  const periodCatalog = new Map(catalogOfPeriod(catalog, period).map((i) => [i.code, i]));
  const input = {
    catalog: periodCatalog,
    values: new Map<string, string | null>(accepted),
    changed: new Set(accepted.keys()),
    notes,
    lastYear: new Map(),
  };
  const issues =
    period.kind === "month"
      ? checkMonthValues({ ...input, previous: new Map(), history: new Map() })
      : checkPeriodValues(input);
  const all = new Map(catalog.map((i) => [i.code, i]));
  return issues.map((i) => ({
    indicator: i.indicator,
    code: i.code,
    blocking: i.blocking,
    text: describeIssue(i, all, locale),
  }));
}
