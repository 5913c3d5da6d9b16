import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { monthOf, monthPeriod, parsePeriod, splitYearMonth } from "@/lib/periods/period";
import { findIndicatorAcrossProvinces, getMinistryView } from "./data";

// The ministry page's data, from its query: the period (this month unless one is asked), every
// department's standing, the national figures, and one indicator across the provinces (the first
// national figure unless one is asked).

export async function getMinistryPage(
  user: SessionUser,
  query: { period?: string; indicator?: string },
  today = new Date(),
) {
  const period = (query.period ? parsePeriod(query.period) : null) ?? monthPeriod(monthOf(today));
  const view = await getMinistryView({ actor: user, period, today });
  const shown = query.indicator ?? view.national.figures[0]?.indicator;
  const across = shown ? await findIndicatorAcrossProvinces({ actor: user, period, code: shown }) : null;
  return { ...view, period, thisYear: splitYearMonth(monthOf(today)).year, across };
}
