import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import type { Locale } from "@/lib/i18n/dictionary";
import { parsePeriod, toYearMonth } from "@/lib/periods/period";
import { saveMonthValues } from "./mutations";
import type { SaveOutcome } from "./versioned-save";
import { savePeriodValues } from "./period-mutations";
import type { ValueInput } from "./schema";

/**
 * What PUT /api/v1/values and the entry page save: a month's values, or, given a quarter's, half
 * year's or year's code, the figures of indicators reported only by such periods.
 */
export async function saveValues(args: {
  actor: SessionUser;
  organisationId: string;
  period: string;
  values: ValueInput[];
  locale: Locale;
  source: string;
}): Promise<SaveOutcome> {
  const { period, ...rest } = args;
  const parsed = parsePeriod(period)!;
  return parsed.kind === "month"
    ? saveMonthValues({ ...rest, yearMonth: toYearMonth(parsed.year, parsed.index) })
    : savePeriodValues({ ...rest, period: parsed });
}
