import type { CatalogIndicator } from "@/lib/catalog/types";
import { parseLocaleNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/dictionary";
import type { ValueInput } from "@/lib/values/schema";
import { localName, localUnit } from "@/lib/i18n/local-name";

/** A row of the grid: an indicator, indented by its depth under its totals. */
export interface EntryRow {
  code: string;
  name: string;
  unit: string;
  depth: number;
}

export interface EntryCell {
  value: string;
  estimate: boolean;
  note: string | null;
  version: number;
  updatedBy: string | null;
}

/** The grid's rows: each indicator in the user's language, indented by its depth under its totals. */
export function entryRows(
  indicators: readonly CatalogIndicator[],
  depth: (code: string) => number,
  locale: Locale,
): EntryRow[] {
  return indicators.map((i) => ({
    code: i.code,
    name: localName(i, locale),
    unit: localUnit(i, locale),
    depth: depth(i.code),
  }));
}

/** The stored values as the grid's cells, by indicator. */
export function entryCells(values: readonly (EntryCell & { indicator: string })[]): Record<string, EntryCell> {
  return Object.fromEntries(
    values.map((v) => [
      v.indicator,
      { value: v.value, estimate: v.estimate, note: v.note, version: v.version, updatedBy: v.updatedBy },
    ]),
  );
}

export interface Draft {
  text: string;
  estimate: boolean;
  note: string;
}

export type Parsed = { ok: true; value: string | null } | { ok: false };

export function draftOf(cell: EntryCell | undefined, format: (value: string) => string): Draft {
  return { text: cell ? format(cell.value) : "", estimate: cell?.estimate ?? false, note: cell?.note ?? "" };
}

export function parseDraft(draft: Draft, locale: Locale): Parsed {
  if (!draft.text.trim()) return { ok: true, value: null };
  return parseLocaleNumber(draft.text, locale);
}

export function isDirty(draft: Draft, cell: EntryCell | undefined, locale: Locale): boolean {
  const parsed = parseDraft(draft, locale);
  if (!parsed.ok) return true;
  if (!cell) return parsed.value !== null || draft.note.trim() !== "";
  if (parsed.value === null) return true;
  return (
    Number(parsed.value) !== Number(cell.value) ||
    draft.estimate !== cell.estimate ||
    draft.note.trim() !== (cell.note ?? "")
  );
}

/** The save request for the changed rows, each with the version it was read at (0 = new). */
export function changedValues(
  drafts: Record<string, Draft>,
  current: Record<string, EntryCell>,
  codes: string[],
  locale: Locale,
): ValueInput[] {
  return codes.flatMap((code) => {
    const draft = drafts[code];
    const parsed = draft ? parseDraft(draft, locale) : null;
    if (!draft || !parsed?.ok || !isDirty(draft, current[code], locale)) return [];
    return [
      {
        indicator: code,
        value: parsed.value,
        estimate: draft.estimate,
        note: draft.note.trim() || null,
        version: current[code]?.version ?? 0,
      },
    ];
  });
}

/** Lines of a column pasted from Excel or a table. */
export function pastedColumn(text: string): string[] {
  const lines = text
    .replace(/\r/g, "")
    .split("\n")
    .map((line) => line.split("\t")[0].trim());
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
