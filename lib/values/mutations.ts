import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/data";
import { canEditField } from "@/lib/auth/roles";
import { findIndicators } from "@/lib/catalog/data";
import { catalogOfMonth, isActiveIn } from "@/lib/catalog/dated";
import { frequencyOfKind } from "@/lib/catalog/frequency";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { AppError } from "@/lib/errors";
import { fill, getDictionary, type Locale } from "@/lib/i18n/dictionary";
import { periodLabel } from "@/lib/periods/labels";
import { monthPeriod, type Period } from "@/lib/periods/period";
import { holdMonthOpen } from "@/lib/workflow/month-guard";
import { quotedName } from "./check-messages";
import { checkMonthValues } from "./checks";
import type { CheckIssue } from "./check-issue";
import { getEntryMonth } from "./entry-month";
import type { ValueInput } from "./schema";
import { currentSelect, saveChecked, type SaveOutcome, type ValueStore } from "./versioned-save";

type Tx = Prisma.TransactionClient;

export function authorise(
  actor: SessionUser,
  organisationId: string,
  values: ValueInput[],
  catalog: Map<string, CatalogIndicator>,
): void {
  const invalid = values.flatMap((v) => {
    const indicator = catalog.get(v.indicator);
    if (!indicator) return [{ indicator: v.indicator, code: "unknown_indicator", message: `${v.indicator}?` }];
    if (isDerived(indicator.kind))
      return [{ indicator: v.indicator, code: "computed", message: "computed from other indicators" }];
    return [];
  });
  if (invalid.length) throw new AppError("invalid", invalid);
  if (values.some((v) => !canEditField(actor, organisationId, catalog.get(v.indicator)!.field)))
    throw new AppError("forbidden");
}

/**
 * A period's figures are entered only for indicators reported at its frequency (months for monthly
 * ones, a quarter for quarterly ones); a past report's figures (`source: "import"`) may also be a
 * monthly indicator's reported quarter, six or nine months or year.
 */
export function refuseOtherFrequencies(
  values: ValueInput[],
  catalog: Map<string, CatalogIndicator>,
  period: Period,
  source: string,
  locale: Locale,
): void {
  const frequency = frequencyOfKind(period.kind);
  const reportedFigure = source === "import" && period.kind !== "month";
  const wrong = values.filter((v) => !reportedFigure && catalog.get(v.indicator)!.frequency !== frequency);
  if (!wrong.length) return;
  const t = getDictionary(locale).entry.periodic;
  const message = (code: string) =>
    fill(t.wrongFrequency, {
      name: quotedName(catalog.get(code)!, locale),
      frequency: t.frequencies[catalog.get(code)!.frequency],
      period: periodLabel(period, locale),
    });
  throw new AppError(
    "invalid",
    wrong.map((v) => ({ indicator: v.indicator, code: "wrong_frequency", message: message(v.indicator) })),
  );
}

/**
 * The checks of the values about to be saved, against the rest of the month, the 24 months before
 * and the reported figures of the longer periods the month completes.
 */
export async function runChecks(
  organisationId: string,
  yearMonth: number,
  values: ValueInput[],
  catalog: Map<string, CatalogIndicator>,
): Promise<CheckIssue[]> {
  const codes = values.map((v) => v.indicator);
  const { stored, reported, ...recent } = await getEntryMonth({ organisationId, yearMonth, indicators: codes });
  const month = new Map<string, string | null>(stored.map((s) => [s.indicator, s.value]));
  const notes = new Map<string, string>(stored.filter((s) => s.note).map((s) => [s.indicator, s.note!]));
  for (const v of values) {
    month.set(v.indicator, v.value);
    if (v.note !== undefined) notes.set(v.indicator, v.note ?? "");
  }
  // The month's catalog: a total expects only the parts reported that month (no district part after 2025-06).
  const monthCatalog = new Map(catalogOfMonth([...catalog.values()], yearMonth).map((i) => [i.code, i]));
  return checkMonthValues({
    catalog: monthCatalog,
    values: month,
    changed: new Set(codes),
    notes,
    ...recent,
    reported,
  });
}

/** A month's values and their audit, inside a save's transaction. */
function monthStore(
  tx: Tx,
  key: { organisationId: string; yearMonth: number },
  actor: SessionUser,
  source: string,
  fileName: string | null,
): ValueStore {
  const written = { updatedById: actor.id, updatedAt: new Date() };
  return {
    create: (indicatorCode, data) =>
      tx.monthValue.create({ data: { ...key, indicatorCode, ...data, updatedById: actor.id } }),
    update: async (current, data) =>
      (
        await tx.monthValue.updateMany({
          where: { id: current.id, version: current.version },
          data: { ...data, ...written, version: { increment: 1 } },
        })
      ).count,
    remove: async (current) =>
      (await tx.monthValue.deleteMany({ where: { id: current.id, version: current.version } })).count,
    audit: (data) => tx.valueAudit.create({ data: { ...key, ...data, source, fileName } }),
    reread: (indicatorCode) =>
      tx.monthValue.findUnique({
        where: { organisationId_indicatorCode_yearMonth: { ...key, indicatorCode } },
        select: currentSelect,
      }),
  };
}

/**
 * Saves a month's values all or nothing: authorised per field, refused when the month is locked
 * (423, decided inside the transaction, which a lock waits for), checked (422 with every blocking
 * issue), and with optimistic versions (409 naming the values someone else changed). A value sent
 * without `version` replaces what is stored, and the outcome lists what it replaced. Every change
 * writes an audit row; a month's figures imported from a past report (`source: "import"`) name
 * its file there. Indicators reported only by quarter, half year or year have no month figures.
 */
export async function saveMonthValues({
  actor,
  organisationId,
  yearMonth,
  values,
  locale,
  source = "entry",
  fileName,
  within,
}: {
  actor: SessionUser;
  organisationId: string;
  yearMonth: number;
  values: ValueInput[];
  locale: Locale;
  source?: string;
  /** The report file the figures were imported from. */
  fileName?: string;
  /** What must commit with the values or not at all (a past report marked applied); runs in the save's transaction after them. */
  within?: (tx: Tx) => Promise<void>;
}): Promise<SaveOutcome> {
  const catalog = new Map((await findIndicators()).map((i) => [i.code, i]));
  authorise(actor, organisationId, values, catalog);
  refuseOtherFrequencies(values, catalog, monthPeriod(yearMonth), source, locale);
  // A figure outside the months its indicator is reported in can be removed, not entered.
  const notReported = values.filter((v) => v.value !== null && !isActiveIn(catalog.get(v.indicator)!, yearMonth));
  if (notReported.length)
    throw new AppError(
      "invalid",
      notReported.map((v) => ({
        indicator: v.indicator,
        code: "not_reported",
        message: fill(getDictionary(locale).import.notReported, { code: v.indicator }),
      })),
    );
  return saveChecked({
    actor,
    values,
    catalog,
    locale,
    within,
    check: () => runChecks(organisationId, yearMonth, values, catalog),
    open: async (tx, codes) => {
      await holdMonthOpen(tx, { organisationId, yearMonth });
      const rows = await tx.monthValue.findMany({
        where: { organisationId, yearMonth, indicatorCode: { in: codes } },
        select: { ...currentSelect, indicatorCode: true },
      });
      return { store: monthStore(tx, { organisationId, yearMonth }, actor, source, fileName ?? null), rows };
    },
  });
}
