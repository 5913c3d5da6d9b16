import type { Locale } from "@/lib/i18n/dictionary";
import { reportPeriodChoices } from "@/lib/periods/choices";
import { monthOf } from "@/lib/periods/period";

/** A department's history goes back before the product's own first year (2019). */
const firstHistoryYear = 2010;

/** The kinds and periods a past report can be of, as the report creation form lists them. */
export function historyPeriodChoices(locale: Locale) {
  return reportPeriodChoices(monthOf(new Date()), firstHistoryYear, locale);
}
