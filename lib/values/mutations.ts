import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/data";
import { canEditField } from "@/lib/auth/roles";
import { findIndicators } from "@/lib/catalog/data";
import { catalogOfMonth, isActiveIn } from "@/lib/catalog/dated";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { fill, getDictionary, type Locale } from "@/lib/i18n/dictionary";
import { holdMonthOpen } from "@/lib/workflow/month-guard";
import { describeIssue } from "./check-messages";
import { canSave, checkMonthValues, type CheckIssue } from "./checks";
import { splitRecent } from "./change-rule";
import { findRecentValues, findValues } from "./data";
import type { ValueInput } from "./schema";

/** A stored value that a save without `version` replaced: its value before and who had saved it. */
export interface Overwritten {
  indicator: string;
  previous: string;
  updatedBy: string | null;
}

export interface SaveOutcome {
  saved: number;
  warnings: { indicator: string; code: string; message: string }[];
  overwritten: Overwritten[];
}

type Tx = Prisma.TransactionClient;

export function authorise(actor: SessionUser, organisationId: string, values: ValueInput[], catalog: Map<string, CatalogIndicator>): void {
  const invalid = values.flatMap((v) => {
    const indicator = catalog.get(v.indicator);
    if (!indicator) return [{ indicator: v.indicator, code: "unknown_indicator", message: `${v.indicator}?` }];
    if (isDerived(indicator.kind)) return [{ indicator: v.indicator, code: "computed", message: "computed from other indicators" }];
    return [];
  });
  if (invalid.length) throw new AppError("invalid", invalid);
  if (values.some((v) => !canEditField(actor, organisationId, catalog.get(v.indicator)!.field))) throw new AppError("forbidden");
}

/** The checks of the values about to be saved, against the rest of the month and the 24 months before. */
export async function runChecks(organisationId: string, yearMonth: number, values: ValueInput[], catalog: Map<string, CatalogIndicator>): Promise<CheckIssue[]> {
  const codes = values.map((v) => v.indicator);
  const [stored, recent] = await Promise.all([findValues({ organisationId, months: [yearMonth] }), findRecentValues({ organisationId, indicators: codes, yearMonth })]);
  const month = new Map<string, string | null>(stored.map((s) => [s.indicator, s.value]));
  const notes = new Map<string, string>(stored.filter((s) => s.note).map((s) => [s.indicator, s.note!]));
  for (const v of values) {
    month.set(v.indicator, v.value);
    if (v.note !== undefined) notes.set(v.indicator, v.note ?? "");
  }
  // The month's catalog: a total expects only the parts reported that month (no district part after 2025-06).
  const monthCatalog = new Map(catalogOfMonth([...catalog.values()], yearMonth).map((i) => [i.code, i]));
  return checkMonthValues({ catalog: monthCatalog, values: month, changed: new Set(codes), notes, ...splitRecent(recent, yearMonth) });
}

interface Change {
  input: ValueInput;
  current: { id: string; value: Prisma.Decimal; estimate: boolean; note: string | null; version: number; updatedBy: { displayName: string; username: string } | null } | null;
}

const whoSaved = (user: { displayName: string; username: string } | null | undefined): string | null => (user ? user.displayName || user.username : null);

function conflictDetail({ input, current }: Change, updatedBy: string | null) {
  return { indicator: input.indicator, code: "stale_version", yourVersion: input.version, current: current ? { value: current.value.toString(), version: current.version, updatedBy } : null };
}

/** Someone saved the value between our read and our write: report what is there now. */
async function conflictNow(tx: Tx, change: Change, key: { organisationId: string; yearMonth: number }): Promise<AppError> {
  const now = await tx.monthValue.findUnique({
    where: { organisationId_indicatorCode_yearMonth: { ...key, indicatorCode: change.input.indicator } },
    select: { id: true, value: true, estimate: true, note: true, version: true, updatedBy: { select: { displayName: true, username: true } } },
  });
  return new AppError("conflict", [conflictDetail({ input: change.input, current: now }, whoSaved(now?.updatedBy))]);
}

function isUnchanged({ input, current }: Change): boolean {
  if (!current) return input.value === null;
  return input.value !== null && current.value.equals(input.value) && current.estimate === (input.estimate ?? current.estimate) && (input.note === undefined || (input.note ?? null) === current.note);
}

async function applyChange(tx: Tx, change: Change, key: { organisationId: string; yearMonth: number }, actor: SessionUser, source: string): Promise<boolean> {
  const { input, current } = change;
  if (isUnchanged(change)) return false;
  const audit = {
    ...key,
    indicatorCode: input.indicator,
    oldValue: current?.value ?? null,
    oldEstimate: current?.estimate ?? null,
    newValue: input.value,
    newEstimate: input.value === null ? null : (input.estimate ?? current?.estimate ?? false),
    note: input.note ?? current?.note ?? null,
    source,
    userId: actor.id,
  };
  if (current && input.value === null) {
    const { count } = await tx.monthValue.deleteMany({ where: { id: current.id, version: current.version } });
    if (count === 0) throw await conflictNow(tx, change, key);
  } else if (current) {
    const { count } = await tx.monthValue.updateMany({
      where: { id: current.id, version: current.version },
      data: { value: input.value!, estimate: audit.newEstimate!, note: audit.note, version: { increment: 1 }, updatedById: actor.id, updatedAt: new Date() },
    });
    if (count === 0) throw await conflictNow(tx, change, key);
  } else {
    await tx.monthValue.create({ data: { ...key, indicatorCode: input.indicator, value: input.value!, estimate: audit.newEstimate!, note: audit.note, updatedById: actor.id } });
  }
  await tx.valueAudit.create({ data: audit });
  return true;
}

/**
 * Saves a month's values all or nothing: authorised per field, refused when the month is locked
 * (423, decided inside the transaction, which a lock waits for), checked (422 with every blocking
 * issue), and with optimistic versions (409 naming the values someone else changed). A value sent
 * without `version` replaces what is stored, and the outcome lists what it replaced. Every change
 * writes an audit row.
 */
export async function saveMonthValues({
  actor,
  organisationId,
  yearMonth,
  values,
  locale,
  source = "entry",
}: {
  actor: SessionUser;
  organisationId: string;
  yearMonth: number;
  values: ValueInput[];
  locale: Locale;
  source?: string;
}): Promise<SaveOutcome> {
  const catalog = new Map((await findIndicators()).map((i) => [i.code, i]));
  authorise(actor, organisationId, values, catalog);
  // A figure outside the months its indicator is reported in can be removed, not entered.
  const notReported = values.filter((v) => v.value !== null && !isActiveIn(catalog.get(v.indicator)!, yearMonth));
  if (notReported.length) throw new AppError("invalid", notReported.map((v) => ({ indicator: v.indicator, code: "not_reported", message: fill(getDictionary(locale).import.notReported, { code: v.indicator }) })));
  const codes = values.map((v) => v.indicator);
  if (new Set(codes).size !== codes.length) throw new AppError("invalid", [{ code: "duplicate_indicator", message: "duplicate" }]);

  const issues = await runChecks(organisationId, yearMonth, values, catalog);
  const describe = (i: CheckIssue) => ({ indicator: i.indicator, code: i.code, message: describeIssue(i, catalog, locale) });
  if (!canSave(issues)) throw new AppError("invalid", issues.filter((i) => i.blocking).map(describe));

  try {
    const { saved, overwritten } = await db().$transaction(async (tx) => {
      await holdMonthOpen(tx, { organisationId, yearMonth });
      const rows = await tx.monthValue.findMany({
        where: { organisationId, yearMonth, indicatorCode: { in: codes } },
        select: { id: true, indicatorCode: true, value: true, estimate: true, note: true, version: true, updatedBy: { select: { displayName: true, username: true } } },
      });
      const byCode = new Map(rows.map((r) => [r.indicatorCode, r]));
      const changes: Change[] = values.map((input) => ({ input, current: byCode.get(input.indicator) ?? null }));
      const stale = changes.filter((c) => c.input.version !== undefined && (c.current?.version ?? 0) !== c.input.version);
      if (stale.length) throw new AppError("conflict", stale.map((c) => conflictDetail(c, whoSaved(c.current?.updatedBy))));
      let count = 0;
      const replaced: Overwritten[] = [];
      for (const change of changes) {
        if (!(await applyChange(tx, change, { organisationId, yearMonth }, actor, source))) continue;
        count++;
        const { input, current } = change;
        if (current && input.version === undefined) replaced.push({ indicator: input.indicator, previous: current.value.toString(), updatedBy: whoSaved(current.updatedBy) });
      }
      return { saved: count, overwritten: replaced };
    });
    return { saved, warnings: issues.filter((i) => !i.blocking).map(describe), overwritten };
  } catch (error) {
    // Two first saves of one value at the same moment: the second hits the unique key.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", []);
    throw error;
  }
}
