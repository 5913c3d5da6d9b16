import "server-only";
import { splitRecent } from "./change-rule";
import { findRecentValues, findValues } from "./data";
import { findReportedAround } from "./period-data";

/**
 * What a month's entry shows and its checks read, one place for both: the month's stored values;
 * last month, the same month last year and the 24 months before (for the change rule); the
 * reported figures of the longer periods the month completes.
 */
export async function getEntryMonth({
  organisationId,
  yearMonth,
  indicators,
}: {
  organisationId: string;
  yearMonth: number;
  /** The stored (not computed) indicators whose history is read. */
  indicators: string[];
}) {
  const [stored, recent, reported] = await Promise.all([
    findValues({ organisationId, months: [yearMonth] }),
    findRecentValues({ organisationId, indicators, yearMonth }),
    findReportedAround({ organisationId, indicators, yearMonth }),
  ]);
  return { stored, ...splitRecent(recent, yearMonth), reported };
}
