import type { Locale } from "@/lib/i18n/dictionary";
import { firstPeriodYear, reportPeriodChoices } from "@/lib/periods/choices";
import { monthOf } from "@/lib/periods/period";

/** The kinds and periods a past report can be of, as the report creation form lists them. */
export function historyPeriodChoices(locale: Locale) {
  return reportPeriodChoices(monthOf(new Date()), firstPeriodYear, locale);
}
