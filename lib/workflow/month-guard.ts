import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

type Tx = Prisma.TransactionClient;

interface MonthKey {
  organisationId: string;
  yearMonth: number;
}

// A row lock cannot wait for a lock row that does not exist yet, so writers and lockers of a month
// also meet on a transaction-scoped advisory lock keyed by (organisation, month): writers share it,
// locking and unlocking take it alone. A save that began before a lock therefore commits before
// the lock is written, and one that begins after it waits and then sees the lock.

/**
 * Inside a writing transaction: holds the month open until commit (shared with other writers) and
 * throws AppError "locked" when the month is locked. Call it before the transaction's first write.
 */
export async function holdMonthOpen(tx: Tx, { organisationId, yearMonth }: MonthKey): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(${organisationId}), ${yearMonth}::int)`;
  const locks = await tx.$queryRaw<{ yearMonth: number }[]>`
    SELECT "yearMonth" FROM "MonthLock" WHERE "organisationId" = ${organisationId} AND "yearMonth" = ${yearMonth}::int FOR SHARE`;
  if (locks.length) throw new AppError("locked");
}

/**
 * Inside a locking or unlocking transaction: waits for the month's writers to finish and holds
 * them off until commit; true when the month is locked (its lock row is then held for update).
 */
export async function holdMonthAlone(tx: Tx, { organisationId, yearMonth }: MonthKey): Promise<boolean> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${organisationId}), ${yearMonth}::int)`;
  const locks = await tx.$queryRaw<{ yearMonth: number }[]>`
    SELECT "yearMonth" FROM "MonthLock" WHERE "organisationId" = ${organisationId} AND "yearMonth" = ${yearMonth}::int FOR UPDATE`;
  return locks.length > 0;
}

/**
 * holdMonthOpen for a longer period's figures: shares every one of its months with their writers,
 * so locking any of them waits for this save and a save after the lock sees it. A period is locked
 * when any of its months is.
 */
export async function holdMonthsOpen(
  tx: Tx,
  { organisationId, months }: { organisationId: string; months: number[] },
): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(${organisationId}), m) FROM unnest(${months}::int[]) AS m`;
  const locks = await tx.$queryRaw<{ yearMonth: number }[]>`
    SELECT "yearMonth" FROM "MonthLock" WHERE "organisationId" = ${organisationId} AND "yearMonth" = ANY(${months}::int[]) FOR SHARE`;
  if (locks.length) throw new AppError("locked");
}
