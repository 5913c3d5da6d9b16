import { parse } from "csv-parse/sync";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/fill";
import { catalogFileMessages as en } from "@/lib/i18n/messages/en/catalog-file";
import { catalogFileMessages as vi } from "@/lib/i18n/messages/vi/catalog-file";
import { isYearInRange, toYearMonth } from "@/lib/periods/period";
import { frequencies } from "./frequency";
import { indicatorKinds, type CatalogField, type CatalogIndicator, type FormerName } from "./types";

// The catalog is data: prisma/catalog/*.csv, loaded by `npm run db:seed`. Its refusals are worded
// from lib/i18n/messages/*/catalog-file.ts, in Vietnamese unless asked otherwise; the schemas name
// their messages by key.

type Messages = typeof vi;
const catalogs: Record<Locale, Messages> = { vi, en };

export interface CatalogFileError {
  line: number;
  message: string;
}

export type CatalogFileResult<T> = { ok: true; rows: T[] } | { ok: false; errors: CatalogFileError[] };

const key = (name: keyof Messages) => name;
const code = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$/, key("code"));
const optionalCode = z
  .string()
  .transform((s) => s || null)
  .pipe(code.nullable());

/**
 * A bound of the months an indicator is reported, as year * 100 + month: `2023` or `2023-01` or
 * `2023-01-01` from January 2023; `2025`, `2025-06` or `2025-06-30` up to that month's end. Figures
 * are monthly, so a date must be the first (from) or last (until) day of its month.
 */
function monthBound(end: "first" | "last") {
  return z.string().transform((text, ctx) => {
    if (!text) return null;
    const match = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$/.exec(text);
    const year = Number(match?.[1]);
    if (!match || !isYearInRange(year)) {
      ctx.addIssue({ code: "custom", message: key("month") });
      return z.NEVER;
    }
    const month = match[2] ? Number(match[2]) : end === "first" ? 1 : 12;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (match[3] && Number(match[3]) !== (end === "first" ? 1 : lastDay)) {
      ctx.addIssue({
        code: "custom",
        message: key(end === "first" ? "firstDay" : "lastDay"),
      });
      return z.NEVER;
    }
    return toYearMonth(year, month);
  });
}
const yesNo = z.enum(["yes", "no", ""]);

const indicatorRow = z.object({
  code,
  field: code,
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  unit_vi: z.string().min(1),
  unit_en: z.string().min(1),
  kind: z.enum(indicatorKinds),
  parent: optionalCode,
  numerator: optionalCode,
  denominator: optionalCode,
  decimals: z
    .string()
    .regex(/^[0-6]$/, key("decimals"))
    .transform(Number),
  exhaustive: yesNo,
  higher_is_better: yesNo,
  key: yesNo,
  active_from: monthBound("first"),
  active_to: monthBound("last"),
  example: z.string(),
  /** monthly when empty (or when the file has no such column) */
  frequency: z
    .enum([...frequencies, ""])
    .optional()
    .transform((f) => f || "monthly"),
  /** other phrasings in reports, `|`-separated (none when empty or when the file has no such column) */
  aliases: z
    .string()
    .optional()
    .transform((text) =>
      (text ?? "")
        .split("|")
        .map((alias) => alias.trim())
        .filter(Boolean),
    ),
});

const formerNameRow = z.object({
  code,
  until: monthBound("last").pipe(z.number()),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
});

const fieldRow = z.object({
  code,
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  sort_order: z.string().regex(/^\d+$/).transform(Number),
});

function readCsv(text: string): { line: number; record: Record<string, string> }[] {
  const records = parse(text, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
    relax_column_count: false,
  }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return records.map(({ record, info }) => ({ line: info.lines, record }));
}

function validateRows<S extends z.ZodType>(
  text: string,
  schema: S,
  t: Messages,
): CatalogFileResult<{ line: number; row: z.output<S> }> {
  let records: ReturnType<typeof readCsv>;
  try {
    records = readCsv(text);
  } catch (error) {
    const lines = (error as { lines?: number }).lines ?? 0;
    return { ok: false, errors: [{ line: lines, message: (error as Error).message }] };
  }
  const errors: CatalogFileError[] = [];
  const rows: { line: number; row: z.output<S> }[] = [];
  for (const { line, record } of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success) rows.push({ line, row: parsed.data });
    else
      errors.push(
        ...parsed.error.issues.map((i) => ({
          line,
          message: `${i.path.join(".")}: ${i.message in t ? t[i.message as keyof Messages] : i.message}`,
        })),
      );
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}

export function parseFieldsCsv(text: string, locale: Locale = "vi"): CatalogFileResult<CatalogField> {
  const result = validateRows(text, fieldRow, catalogs[locale]);
  if (!result.ok) return result;
  return {
    ok: true,
    rows: result.rows.map(({ row }) => ({
      code: row.code,
      nameVi: row.name_vi,
      nameEn: row.name_en,
      sortOrder: row.sort_order,
    })),
  };
}

/** Parses and cross-checks the indicator catalog; every error names its line in the file. */
export function parseIndicatorsCsv(
  text: string,
  fieldCodes: ReadonlySet<string>,
  locale: Locale = "vi",
): CatalogFileResult<CatalogIndicator> {
  const t = catalogs[locale];
  const result = validateRows(text, indicatorRow, t);
  if (!result.ok) return result;
  const byCode = new Map(result.rows.map(({ row }) => [row.code, row]));
  const errors: CatalogFileError[] = [];
  const seen = new Set<string>();
  for (const { line, row } of result.rows) {
    const fail = (message: string) => errors.push({ line, message });
    if (seen.has(row.code)) fail(fill(t.duplicate, { code: row.code }));
    seen.add(row.code);
    if (!fieldCodes.has(row.field)) fail(fill(t.unknownField, { field: row.field }));
    for (const ref of [row.parent, row.numerator, row.denominator])
      if (ref && !byCode.has(ref)) fail(fill(t.unknownIndicator, { code: ref }));
    const derived = row.kind === "ratio" || row.kind === "density";
    if (derived && !(row.numerator && row.denominator)) fail(fill(t.needsInputs, { kind: row.kind }));
    if (!derived && (row.numerator || row.denominator)) fail(fill(t.noInputs, { kind: row.kind }));
    const parent = row.parent ? byCode.get(row.parent) : undefined;
    if (parent && parent.kind !== row.kind) fail(fill(t.partKind, { parent: parent.code }));
    if (parent && parent.frequency !== row.frequency) fail(fill(t.partFrequency, { parent: parent.code }));
    if (row.active_from && row.active_to && row.active_from > row.active_to) fail(t.activeOrder);
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    rows: result.rows.map(({ row }, index) => ({
      code: row.code,
      field: row.field,
      nameVi: row.name_vi,
      nameEn: row.name_en,
      unitVi: row.unit_vi,
      unitEn: row.unit_en,
      kind: row.kind,
      frequency: row.frequency,
      parent: row.parent,
      numerator: row.numerator,
      denominator: row.denominator,
      decimals: row.decimals,
      exhaustive: row.exhaustive === "yes",
      higherIsBetter: row.higher_is_better !== "no",
      isKey: row.key === "yes",
      activeFrom: row.active_from,
      activeTo: row.active_to,
      formerNames: [],
      aliases: row.aliases,
      example: row.example || null,
      sortOrder: index + 1,
    })),
  };
}

/**
 * Parses former-names.csv (an indicator's earlier names, each with the last month it was used) and
 * gives each indicator its list, oldest first.
 */
export function parseFormerNamesCsv(
  text: string,
  indicators: CatalogIndicator[],
  locale: Locale = "vi",
): CatalogFileResult<CatalogIndicator> {
  const t = catalogs[locale];
  const result = validateRows(text, formerNameRow, t);
  if (!result.ok) return result;
  const byCode = new Map(indicators.map((i) => [i.code, [] as FormerName[]]));
  const errors: CatalogFileError[] = [];
  for (const { line, row } of result.rows) {
    const names = byCode.get(row.code);
    if (!names) errors.push({ line, message: fill(t.unknownIndicator, { code: row.code }) });
    else if (names.some((n) => n.until === row.until))
      errors.push({ line, message: fill(t.twoNames, { code: row.code }) });
    else names.push({ until: row.until, nameVi: row.name_vi, nameEn: row.name_en });
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    rows: indicators.map((i) => ({ ...i, formerNames: byCode.get(i.code)!.sort((a, b) => a.until - b.until) })),
  };
}

export function formatCatalogErrors(file: string, errors: CatalogFileError[]): string {
  return errors.map((e) => `${file}:${e.line}: ${e.message}`).join("\n");
}
