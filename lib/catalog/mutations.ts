import "server-only";
import type { Db } from "@/lib/db/client";
import { forgetCatalog } from "./data";
import type { CatalogField, CatalogIndicator } from "./types";

function indicatorData(i: CatalogIndicator) {
  return {
    fieldCode: i.field,
    nameVi: i.nameVi,
    nameEn: i.nameEn,
    unitVi: i.unitVi,
    unitEn: i.unitEn,
    kind: i.kind,
    frequency: i.frequency,
    parentCode: i.parent,
    numeratorCode: i.numerator,
    denominatorCode: i.denominator,
    decimals: i.decimals,
    exhaustive: i.exhaustive,
    higherIsBetter: i.higherIsBetter,
    isKey: i.isKey,
    activeFrom: i.activeFrom,
    activeTo: i.activeTo,
    formerNames: i.formerNames.map(({ until, nameVi, nameEn }) => ({ until, nameVi, nameEn })),
    aliases: i.aliases,
    example: i.example,
    sortOrder: i.sortOrder,
  };
}

// jsonb keeps no order of keys: JSON values (formerNames) are compared with their keys sorted.
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

function sameRow(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return Object.keys(a).every((key) =>
    typeof a[key] === "object" && a[key] !== null ? canonical(a[key]) === canonical(b[key]) : a[key] === b[key],
  );
}

/**
 * Brings the database's catalog up to the files: adds and updates rows, touches nothing that is
 * already equal (seeding twice changes nothing). Indicators are never deleted: values refer to
 * them; retiring one is done with active_to.
 */
export async function syncCatalog(
  client: Db,
  fields: CatalogField[],
  indicators: CatalogIndicator[],
): Promise<{ changed: number }> {
  return client
    .$transaction(
      async (tx) => {
        let changed = 0;
        const existingFields = new Map((await tx.field.findMany()).map((f) => [f.code, f]));
        for (const field of fields) {
          const data = { nameVi: field.nameVi, nameEn: field.nameEn, sortOrder: field.sortOrder };
          const current = existingFields.get(field.code);
          if (current && sameRow(data, current)) continue;
          await tx.field.upsert({ where: { code: field.code }, create: { code: field.code, ...data }, update: data });
          changed++;
        }
        const existing = new Map((await tx.indicator.findMany()).map((i) => [i.code, i]));
        // Totals and denominators first is not needed: references are plain codes, not foreign keys.
        for (const indicator of indicators) {
          const data = indicatorData(indicator);
          const current = existing.get(indicator.code);
          if (current && sameRow(data, current)) continue;
          await tx.indicator.upsert({
            where: { code: indicator.code },
            create: { code: indicator.code, ...data },
            update: data,
          });
          changed++;
        }
        return { changed };
      },
      { timeout: 120_000 },
    )
    .finally(forgetCatalog);
}
