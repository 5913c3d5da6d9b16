import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/data";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/dictionary";
import { describeIssue } from "./check-messages";
import { canSave } from "./checks";
import type { CheckIssue } from "./check-issue";
import type { ValueInput } from "./schema";

// The write half of a save, the same for a month's values and a period's figures: optimistic
// versions (409 naming what someone else changed), values sent without `version` replacing what is
// stored (and saying so), and an audit row for every change. Where the rows live is a ValueStore.

/** A save's answer: how many values changed, the checks' warnings, what values sent without `version` replaced. */
export interface SaveOutcome {
  saved: number;
  warnings: { indicator: string; code: string; message: string }[];
  overwritten: Overwritten[];
}

type Tx = Prisma.TransactionClient;
type StoredRow = CurrentValue & { indicatorCode: string };

/** A stored value that a save without `version` replaced: its value before and who had saved it. */
export interface Overwritten {
  indicator: string;
  previous: string;
  updatedBy: string | null;
}

export interface CurrentValue {
  id: string;
  value: Prisma.Decimal;
  estimate: boolean;
  note: string | null;
  version: number;
  updatedBy: { displayName: string; username: string } | null;
}

export const currentSelect = {
  id: true,
  value: true,
  estimate: true,
  note: true,
  version: true,
  updatedBy: { select: { displayName: true, username: true } },
} as const;

interface Change {
  input: ValueInput;
  current: CurrentValue | null;
}

export interface AuditData {
  indicatorCode: string;
  oldValue: Prisma.Decimal | null;
  oldEstimate: boolean | null;
  newValue: string | null;
  newEstimate: boolean | null;
  note: string | null;
  userId: string;
}

/** One table of values and its audit, inside a save's transaction. Writes with a version answer how many rows they changed. */
export interface ValueStore {
  create(indicator: string, data: { value: string; estimate: boolean; note: string | null }): Promise<unknown>;
  update(current: CurrentValue, data: { value: string; estimate: boolean; note: string | null }): Promise<number>;
  remove(current: CurrentValue): Promise<number>;
  audit(data: AuditData): Promise<unknown>;
  /** What is stored now, after a write met another version. */
  reread(indicator: string): Promise<CurrentValue | null>;
}

const whoSaved = (user: CurrentValue["updatedBy"] | undefined): string | null =>
  user ? user.displayName || user.username : null;

function conflictDetail(input: ValueInput, current: CurrentValue | null) {
  return {
    indicator: input.indicator,
    code: "stale_version",
    yourVersion: input.version,
    current: current
      ? { value: current.value.toString(), version: current.version, updatedBy: whoSaved(current.updatedBy) }
      : null,
  };
}

function isUnchanged({ input, current }: Change): boolean {
  if (!current) return input.value === null;
  return (
    input.value !== null &&
    current.value.equals(input.value) &&
    current.estimate === (input.estimate ?? current.estimate) &&
    (input.note === undefined || (input.note ?? null) === current.note)
  );
}

async function applyChange(store: ValueStore, change: Change, actor: SessionUser): Promise<boolean> {
  const { input, current } = change;
  if (isUnchanged(change)) return false;
  const audit: AuditData = {
    indicatorCode: input.indicator,
    oldValue: current?.value ?? null,
    oldEstimate: current?.estimate ?? null,
    newValue: input.value,
    newEstimate: input.value === null ? null : (input.estimate ?? current?.estimate ?? false),
    note: input.note ?? current?.note ?? null,
    userId: actor.id,
  };
  const data = { value: input.value!, estimate: audit.newEstimate!, note: audit.note };
  const written = !current
    ? await store.create(input.indicator, data).then(() => 1)
    : input.value === null
      ? await store.remove(current)
      : await store.update(current, data);
  // Someone saved the value between our read and our write: report what is there now.
  if (written === 0) throw new AppError("conflict", [conflictDetail(input, await store.reread(input.indicator))]);
  await store.audit(audit);
  return true;
}

/**
 * Inside a save's transaction, with the rows it read: refuses stale versions (409), writes each
 * change with its audit row, and lists what values sent without `version` replaced.
 */
export async function writeVersioned(
  store: ValueStore,
  values: ValueInput[],
  rows: (CurrentValue & { indicatorCode: string })[],
  actor: SessionUser,
): Promise<{ saved: number; overwritten: Overwritten[] }> {
  const byCode = new Map(rows.map((r) => [r.indicatorCode, r]));
  const changes: Change[] = values.map((input) => ({ input, current: byCode.get(input.indicator) ?? null }));
  const stale = changes.filter((c) => c.input.version !== undefined && (c.current?.version ?? 0) !== c.input.version);
  if (stale.length)
    throw new AppError(
      "conflict",
      stale.map((c) => conflictDetail(c.input, c.current)),
    );
  let saved = 0;
  const overwritten: Overwritten[] = [];
  for (const change of changes) {
    if (!(await applyChange(store, change, actor))) continue;
    saved++;
    const { input, current } = change;
    if (current && input.version === undefined)
      overwritten.push({
        indicator: input.indicator,
        previous: current.value.toString(),
        updatedBy: whoSaved(current.updatedBy),
      });
  }
  return { saved, overwritten };
}

/**
 * The rest of a save once its values are authorised, for a month and a period alike: one value per
 * indicator; the checks (422 with every blocking issue, the others kept as warnings); then one
 * transaction in which `open` holds the months open and reads the stored rows, the values are
 * written, and `within` runs what must commit with them.
 */
export async function saveChecked({
  actor,
  values,
  catalog,
  locale,
  check,
  open,
  within,
}: {
  actor: SessionUser;
  values: ValueInput[];
  catalog: Map<string, CatalogIndicator>;
  locale: Locale;
  check: () => Promise<CheckIssue[]>;
  open: (tx: Tx, codes: string[]) => Promise<{ store: ValueStore; rows: StoredRow[] }>;
  within?: (tx: Tx) => Promise<void>;
}): Promise<SaveOutcome> {
  const codes = values.map((v) => v.indicator);
  if (new Set(codes).size !== codes.length)
    throw new AppError("invalid", [{ code: "duplicate_indicator", message: "duplicate" }]);
  const issues = await check();
  const describe = (i: CheckIssue) => ({
    indicator: i.indicator,
    code: i.code,
    message: describeIssue(i, catalog, locale),
  });
  if (!canSave(issues)) throw new AppError("invalid", issues.filter((i) => i.blocking).map(describe));
  try {
    const { saved, overwritten } = await db().$transaction(async (tx) => {
      const { store, rows } = await open(tx, codes);
      const written = await writeVersioned(store, values, rows, actor);
      await within?.(tx);
      return written;
    });
    return { saved, warnings: issues.filter((i) => !i.blocking).map(describe), overwritten };
  } catch (error) {
    // Two first saves of one value at the same moment: the second hits the unique key.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("conflict", []);
    throw error;
  }
}
