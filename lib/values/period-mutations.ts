import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/data";
import { findIndicators } from "@/lib/catalog/data";
import { catalogOfMonths } from "@/lib/catalog/dated";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { AppError } from "@/lib/errors";
import { fill, getDictionary, type Locale } from "@/lib/i18n/dictionary";
import { periodLabel } from "@/lib/periods/labels";
import { formatPeriodCode, periodMonths, periodRange, samePeriodLastYear, type Period } from "@/lib/periods/period";
import { holdMonthsOpen } from "@/lib/workflow/month-guard";
import { computeValues } from "./aggregate-data";
import { quotedName } from "./check-messages";
import { checkPeriodValues } from "./checks";
import type { CheckIssue } from "./check-issue";
import { authorise, refuseOtherFrequencies } from "./mutations";
import { findPeriodValues } from "./period-data";
import type { ValueInput } from "./schema";
import { currentSelect, saveChecked, type SaveOutcome, type ValueStore } from "./versioned-save";

// Figures of a quarter, six or nine months or a year: a past report's (imported; a monthly
// indicator's reported figure, never spread over its months) or an indicator reported only by
// such periods (entered on the entry page or through the API). The same rules as a month's values.

type Tx = Prisma.TransactionClient;

/**
 * The checks of a period's figures about to be saved, the month's checks where they apply: among the
 * period's figures (parts and their total, a ratio's numerator and denominator), decimals, bounds,
 * and a large change against the same period last year (its value from months or reported figures).
 */
export async function runPeriodChecks(
  organisationId: string,
  period: Period,
  values: ValueInput[],
  catalog: Map<string, CatalogIndicator>,
): Promise<CheckIssue[]> {
  const codes = values.map((v) => v.indicator);
  const lastYear = samePeriodLastYear(period);
  const [stored, before] = await Promise.all([
    findPeriodValues({ organisationId, periods: [formatPeriodCode(period)] }),
    computeValues({
      organisationId,
      indicators: codes.map((c) => catalog.get(c)!),
      sets: [{ key: "lastYear", months: periodMonths(lastYear) }],
      catalog,
    }),
  ]);
  const figures = new Map<string, string | null>(stored.map((s) => [s.indicator, s.value]));
  const notes = new Map<string, string>(stored.filter((s) => s.note).map((s) => [s.indicator, s.note!]));
  for (const v of values) {
    figures.set(v.indicator, v.value);
    if (v.note !== undefined) notes.set(v.indicator, v.note ?? "");
  }
  // Only a whole period last year is a base: a few of its months would make any change look large.
  const lastYearValues = new Map(
    before.filter((b) => b.complete && b.value !== null).map((b) => [b.indicator, b.value!]),
  );
  const periodCatalog = new Map(catalogOfMonths([...catalog.values()], periodMonths(period)).map((i) => [i.code, i]));
  return checkPeriodValues({
    catalog: periodCatalog,
    values: figures,
    changed: new Set(codes),
    notes,
    lastYear: lastYearValues,
  });
}

/** A period's figures and their audit, inside a save's transaction. */
function periodStore(
  tx: Tx,
  key: { organisationId: string; period: Period },
  actor: SessionUser,
  source: string,
  fileName: string | null,
): ValueStore {
  const where = { organisationId: key.organisationId, period: formatPeriodCode(key.period) };
  const [firstMonth, lastMonth] = periodRange(key.period);
  const written = { source, fileName, updatedById: actor.id, updatedAt: new Date() };
  return {
    create: (indicatorCode, data) =>
      tx.periodValue.create({
        data: { ...where, kind: key.period.kind, firstMonth, lastMonth, indicatorCode, ...data, ...written },
      }),
    update: async (current, data) =>
      (
        await tx.periodValue.updateMany({
          where: { id: current.id, version: current.version },
          data: { ...data, ...written, version: { increment: 1 } },
        })
      ).count,
    remove: async (current) =>
      (await tx.periodValue.deleteMany({ where: { id: current.id, version: current.version } })).count,
    audit: (data) => tx.periodValueAudit.create({ data: { ...where, ...data, source, fileName } }),
    reread: (indicatorCode) =>
      tx.periodValue.findUnique({
        where: { organisationId_indicatorCode_period: { ...where, indicatorCode } },
        select: currentSelect,
      }),
  };
}

/**
 * Stores figures of a quarter, six or nine months or a year, all or nothing, as a month's values
 * are saved: authorised per field; only indicators reported at the period's frequency unless they
 * come from a past report (`source: "import"`, with its `fileName`); checked (422 with every
 * blocking issue); refused when any month of the period is locked (423, decided inside the
 * transaction, which a month's lock waits for); optimistic versions (409), `overwritten` for values
 * sent without `version`; an audit row per change. A `null` value removes the figure.
 */
export async function savePeriodValues({
  actor,
  organisationId,
  period,
  values,
  locale,
  source = "entry",
  fileName,
  within,
}: {
  actor: SessionUser;
  organisationId: string;
  period: Period;
  values: ValueInput[];
  locale: Locale;
  /** entry (the entry page), api, or import (a past report's figures). */
  source?: string;
  /** The report file the figures were imported from. */
  fileName?: string;
  /** What must commit with the values or not at all (a past report marked applied); runs in the save's transaction after them. */
  within?: (tx: Tx) => Promise<void>;
}): Promise<SaveOutcome> {
  if (period.kind === "month") throw new Error("a month's values are saved by saveMonthValues");
  const catalog = new Map((await findIndicators()).map((i) => [i.code, i]));
  authorise(actor, organisationId, values, catalog);
  refuseOtherFrequencies(values, catalog, period, source, locale);
  const months = periodMonths(period);
  // A figure of a period its indicator is not reported in can be removed, not entered.
  const reported = new Set(catalogOfMonths([...catalog.values()], months).map((i) => i.code));
  const notReported = values.filter((v) => v.value !== null && !reported.has(v.indicator));
  const t = getDictionary(locale).entry.periodic;
  if (notReported.length)
    throw new AppError(
      "invalid",
      notReported.map((v) => ({
        indicator: v.indicator,
        code: "not_reported",
        message: fill(t.notReported, {
          name: quotedName(catalog.get(v.indicator)!, locale),
          period: periodLabel(period, locale),
        }),
      })),
    );
  return saveChecked({
    actor,
    values,
    catalog,
    locale,
    within,
    check: () => runPeriodChecks(organisationId, period, values, catalog),
    open: async (tx, codes) => {
      await holdMonthsOpen(tx, { organisationId, months });
      const rows = await tx.periodValue.findMany({
        where: { organisationId, period: formatPeriodCode(period), indicatorCode: { in: codes } },
        select: { ...currentSelect, indicatorCode: true },
      });
      return { store: periodStore(tx, { organisationId, period }, actor, source, fileName ?? null), rows };
    },
  });
}
