import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/data";
import { AppError } from "@/lib/errors";
import { fill, getDictionary, type Locale } from "@/lib/i18n/dictionary";
import { parsePeriod, toYearMonth } from "@/lib/periods/period";
import { saveMonthValues } from "@/lib/values/mutations";
import type { SaveOutcome } from "@/lib/values/versioned-save";
import { savePeriodValues } from "@/lib/values/period-mutations";
import { getImportRecord } from "./data";
import { refuseApplied } from "./mutations";
import { decidedReviews } from "./review";
import type { ApplyItem } from "./schema";

/**
 * Stores the accepted figures of an import, all or nothing, for the API and the review page alike:
 * a month report's become the month's values, a longer period's its reported figures (never spread
 * over months); both with `source: "import"` and the report's file name in the audit. Refused as a
 * save is: 422 with every failed check, 423 when a month is locked. Then the import is applied,
 * each candidate's review kept (accepted, corrected or rejected), in the same transaction.
 */
export async function applyImport({
  actor,
  id,
  items,
  locale,
}: {
  actor: SessionUser;
  id: string;
  items: ApplyItem[];
  locale: Locale;
}): Promise<SaveOutcome & { period: string }> {
  const record = await getImportRecord({ actor, id });
  refuseApplied(record, locale);
  const t = getDictionary(locale).history;
  const period = record.period ? parsePeriod(record.period) : null;
  if (!period) throw new AppError("invalid", [{ path: "period", message: t.noPeriodApply }]);
  const candidates = new Map(record.reading.candidates.map((c) => [c.key, c]));
  const wrong = items.filter((i) => candidates.get(i.key)?.indicator !== i.indicator);
  if (wrong.length)
    throw new AppError(
      "invalid",
      wrong.map((i) => ({
        indicator: i.indicator,
        code: "unknown_candidate",
        message: fill(t.unknownCandidate, { key: i.key }),
      })),
    );
  const indicators = items.map((i) => i.indicator);
  const twice = [...new Set(indicators.filter((code, at) => indicators.indexOf(code) !== at))];
  if (twice.length)
    throw new AppError(
      "invalid",
      twice.map((code) => ({ indicator: code, code: "duplicate_indicator", message: fill(t.twice, { code }) })),
    );

  // No note (or an empty one) keeps the note stored with the value, as the entry page does.
  const values = items.map((i) => ({
    indicator: i.indicator,
    value: i.value,
    estimate: i.estimate ?? candidates.get(i.key)!.estimate,
    note: i.note || undefined,
  }));
  const reviews = decidedReviews(record.reading, items) as unknown as Prisma.InputJsonValue;
  // The import is marked applied in the figures' own transaction: both commit or neither, and of
  // two applies at once the second finds it applied and changes nothing (409).
  const markApplied = async (tx: Prisma.TransactionClient) => {
    const { count } = await tx.import.updateMany({
      where: { id, appliedAt: null },
      data: { appliedAt: new Date(), appliedById: actor.id, reviews },
    });
    if (count === 0) refuseApplied({ appliedAt: new Date() }, locale);
  };
  const save = {
    actor,
    organisationId: record.organisationId,
    values,
    locale,
    source: "import",
    fileName: record.fileName ?? undefined,
    within: markApplied,
  };
  const outcome =
    period.kind === "month"
      ? await saveMonthValues({ ...save, yearMonth: toYearMonth(period.year, period.index) })
      : await savePeriodValues({ ...save, period });
  return { ...outcome, period: record.period! };
}
