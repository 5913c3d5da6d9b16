import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { hasRole, targetSetters } from "@/lib/auth/roles";
import { findIndicators } from "@/lib/catalog/data";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TargetsInput } from "./schema";

/** Sets (or clears, with null) a year's targets, all or nothing; the office and directors only. */
export async function saveTargets({ actor, input }: { actor: SessionUser; input: TargetsInput }): Promise<number> {
  if (!hasRole(actor, targetSetters)) throw new AppError("forbidden");
  const known = new Set((await findIndicators()).map((i) => i.code));
  const unknown = input.targets.filter((t) => !known.has(t.indicator) || (t.value !== null && Number(t.value) < 0));
  if (unknown.length)
    throw new AppError(
      "invalid",
      unknown.map((t) => ({ indicator: t.indicator, code: "invalid_target" })),
    );
  const organisationId = actor.organisationId;
  return db().$transaction(async (tx) => {
    let changed = 0;
    for (const { indicator, value } of input.targets) {
      const key = { organisationId_indicatorCode_year: { organisationId, indicatorCode: indicator, year: input.year } };
      const current = await tx.yearTarget.findUnique({ where: key, select: { value: true } });
      if (value === null) {
        if (current) await tx.yearTarget.delete({ where: key });
        changed += current ? 1 : 0;
      } else if (!current || !current.value.equals(value)) {
        await tx.yearTarget.upsert({
          where: key,
          create: { organisationId, indicatorCode: indicator, year: input.year, value, setById: actor.id },
          update: { value, setById: actor.id, updatedAt: new Date() },
        });
        changed++;
      }
    }
    return changed;
  });
}
