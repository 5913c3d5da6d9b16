import { catalogOfPeriod } from "@/lib/catalog/dated";
import type { CatalogIndicator } from "@/lib/catalog/types";
import type { Locale } from "@/lib/i18n/dictionary";
import type { Period } from "@/lib/periods/period";
import { describeIssue } from "@/lib/values/check-messages";
import { checkMonthValues, checkPeriodValues } from "@/lib/values/checks";

// The entry page's checks on the figures a reviewer accepts, in the browser: parts and their total,
// exhaustive parts, decimals, bounds. The server runs them again on apply, with the stored figures
// and the change rule.

export interface ReviewIssue {
  indicator: string;
  blocking: boolean;
  text: string;
}

/** The issues of the accepted figures (indicator → exact decimal string) of a period. */
export function reviewIssues({ catalog, period, accepted, locale }: { catalog: CatalogIndicator[]; period: Period; accepted: Map<string, string>; locale: Locale }): ReviewIssue[] {
  const periodCatalog = new Map(catalogOfPeriod(catalog, period).map((i) => [i.code, i]));
  const input = { catalog: periodCatalog, values: new Map<string, string | null>(accepted), changed: new Set(accepted.keys()), notes: new Map(), lastYear: new Map() };
  const issues = period.kind === "month" ? checkMonthValues({ ...input, previous: new Map(), history: new Map() }) : checkPeriodValues(input);
  const all = new Map(catalog.map((i) => [i.code, i]));
  return issues.map((i) => ({ indicator: i.indicator, blocking: i.blocking, text: describeIssue(i, all, locale) }));
}
