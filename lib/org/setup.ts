import "server-only";
import { getRetryAfter, limitKeys, recordFailure } from "@/lib/auth/limits";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createOrganisation } from "./mutations";
import type { CreateOrganisationInput } from "./schema";
import { generateSetupCode, hashSetupCode, normaliseSetupCode } from "./setup-code";

// The first run of a clean installation: whoever reaches the set-up page first must not become
// its administrator. The page asks for a one-time code printed on the server's console.

/** Issuing a code and setting up take this lock, so "no organisation yet" holds until the set-up commits. */
async function lockFirstRun(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('ict-report-desk:first-run'))`;
}

/**
 * A new set-up code while the database has no organisation, replacing any earlier one; null once
 * there is an organisation. The code is returned to be printed; only its hash is stored.
 */
export async function issueSetupCode(): Promise<string | null> {
  const code = generateSetupCode();
  return db().$transaction(async (tx) => {
    await lockFirstRun(tx);
    await tx.setupCode.deleteMany({});
    if ((await tx.organisation.count()) > 0) return null;
    await tx.setupCode.create({ data: { hash: hashSetupCode(normaliseSetupCode(code)!) }, select: { hash: true } });
    return code;
  });
}

const wrongCode = () => new AppError("invalid", [{ path: "setupCode", message: "wrongSetupCode" }]);

/**
 * Creates the first organisation and its administrator, all or nothing: in one transaction under
 * the first-run lock it refuses when an organisation exists (`alreadySetUp`), consumes the code
 * (`wrongSetupCode` when it is not the current one) and creates the organisation. Wrong codes
 * count against the address like failed sign-ins; past the limit the answer is `tooMany`.
 */
export async function setUpOrganisation({
  setupCode,
  organisation,
  ip,
}: {
  setupCode: string;
  organisation: CreateOrganisationInput;
  ip: string;
}): Promise<{ id: string }> {
  const limit = limitKeys.setupIp(ip);
  const waiting = await getRetryAfter(limit);
  if (waiting > 0) throw new AppError("tooMany", [], undefined, waiting);
  const normalised = normaliseSetupCode(setupCode);
  try {
    return await db().$transaction(
      async (tx) => {
        await lockFirstRun(tx);
        if ((await tx.organisation.count()) > 0)
          throw new AppError("forbidden", [{ path: "setupCode", message: "alreadySetUp" }]);
        if (!normalised) throw wrongCode();
        const consumed = await tx.$queryRaw<
          unknown[]
        >`DELETE FROM "SetupCode" WHERE hash = ${hashSetupCode(normalised)} RETURNING hash`;
        if (consumed.length === 0) throw wrongCode();
        return createOrganisation(organisation, tx);
      },
      // The administrator's bcrypt hash is made inside; a second set-up waits for the lock.
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (!(
      error instanceof AppError && error.details.some((d) => (d as { message?: string }).message === "wrongSetupCode")
    ))
      throw error;
    const retryAfter = await recordFailure(limit);
    throw retryAfter > 0 ? new AppError("tooMany", [], undefined, retryAfter) : error;
  }
}
