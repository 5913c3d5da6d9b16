import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { frequencies } from "./frequency";
import type { CatalogField, CatalogIndicator } from "./types";

const formerNames = z.array(z.object({ until: z.number().int(), nameVi: z.string(), nameEn: z.string() }));

const indicatorSelect = {
  code: true,
  fieldCode: true,
  nameVi: true,
  nameEn: true,
  unitVi: true,
  unitEn: true,
  kind: true,
  frequency: true,
  parentCode: true,
  numeratorCode: true,
  denominatorCode: true,
  decimals: true,
  exhaustive: true,
  higherIsBetter: true,
  isKey: true,
  activeFrom: true,
  activeTo: true,
  formerNames: true,
  aliases: true,
  example: true,
  sortOrder: true,
} as const;

// Every request needs the catalog and it changes only through the seed or an administrator
// (lib/catalog/mutations.ts, which forgets it at once), so each process keeps it for a short while.
const cacheMs = 30_000;
let cached: { at: number; fields: Promise<CatalogField[]>; indicators: Promise<CatalogIndicator[]> } | null = null;

export function forgetCatalog(): void {
  cached = null;
}

/**
 * The catalog read again, or the one before when nothing changed: figures computed from it are
 * kept under its identity (lib/values/figures-cache.ts), and outlive a reload that finds it the same.
 */
async function unlessUnchanged<T>(next: Promise<T>, before: Promise<T> | undefined): Promise<T> {
  const [fresh, previous] = await Promise.all([next, before?.catch(() => undefined)]);
  return previous !== undefined && JSON.stringify(previous) === JSON.stringify(fresh) ? previous : fresh;
}

function catalog() {
  if (!cached || Date.now() - cached.at > cacheMs) {
    const before = cached;
    cached = {
      at: Date.now(),
      fields: unlessUnchanged(readFields(), before?.fields),
      indicators: unlessUnchanged(readIndicators(), before?.indicators),
    };
    cached.fields.catch(forgetCatalog);
    cached.indicators.catch(forgetCatalog);
  }
  return cached;
}

/** The fields, in catalog order. */
export async function findFields(): Promise<CatalogField[]> {
  return catalog().fields;
}

/** The catalog in the domain's shape, in catalog order. */
export async function findIndicators(): Promise<CatalogIndicator[]> {
  return catalog().indicators;
}

async function readFields(): Promise<CatalogField[]> {
  return db().field.findMany({
    orderBy: { sortOrder: "asc" },
    select: { code: true, nameVi: true, nameEn: true, sortOrder: true },
  });
}

async function readIndicators(): Promise<CatalogIndicator[]> {
  const rows = await db().indicator.findMany({ orderBy: { sortOrder: "asc" }, select: indicatorSelect });
  return rows.map(
    ({ fieldCode, parentCode, numeratorCode, denominatorCode, formerNames: names, frequency, ...rest }) => ({
      ...rest,
      frequency: z.enum(frequencies).parse(frequency),
      formerNames: formerNames.parse(names),
      field: fieldCode,
      parent: parentCode,
      numerator: numeratorCode,
      denominator: denominatorCode,
    }),
  );
}
