import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { canEditField } from "@/lib/auth/roles";
import { findIndicators } from "@/lib/catalog/data";
import { isActiveIn, namesAt } from "@/lib/catalog/dated";
import { isDerived } from "@/lib/catalog/types";
import { readEntryWorkbook } from "@/lib/excel/entry-import";
import { xlsxLimits } from "@/lib/excel/zip-limits";
import { formatNumber, parseLocaleNumber } from "@/lib/format/number";
import { fill, getDictionary, type Locale } from "@/lib/i18n/dictionary";
import { isMonthLocked } from "@/lib/workflow/data";
import { describeIssue } from "./check-messages";
import { runChecks } from "./mutations";
import { findValues } from "./data";
import { monthCode, yearMonthOfCode, type ValueInput } from "./schema";
import { localName } from "@/lib/i18n/local-name";

export interface ImportChange {
  sheet: string;
  row: number;
  indicator: string;
  name: string;
  oldValue: string | null;
  newValue: string | null;
  estimate: boolean;
  note: string | null;
  version: number;
}

export interface ImportPreview {
  org: string;
  period: string | null;
  changes: ImportChange[];
  problems: { sheet: string; row: number; message: string }[];
  warnings: { sheet: string; row: number; message: string }[];
}

/** The upload limits as the import page states them (and as a refused file is told). */
export function importLimitsText(locale: Locale): string {
  const mb = (bytes: number) => String(bytes / 1_000_000);
  return fill(getDictionary(locale).import.limits, {
    file: mb(xlsxLimits.fileBytes),
    unpacked: mb(xlsxLimits.unpackedBytes),
    rows: formatNumber(xlsxLimits.rows, 0, locale),
  });
}

/** What importing a filled template would change, and every problem with its sheet and row. Changes nothing. */
export async function previewImport({
  actor,
  organisationId,
  org,
  data,
  locale,
}: {
  actor: SessionUser;
  organisationId: string;
  org: string;
  data: ArrayBuffer;
  locale: Locale;
}): Promise<ImportPreview> {
  const t = getDictionary(locale).import;
  const parsed = await readEntryWorkbook(data, (text) => {
    const result = parseLocaleNumber(text, locale);
    return result.ok ? result.value : null;
  });
  const problems = parsed.problems.map((p) => {
    const [code, text] = p.message.split(":");
    if (code === "too_large") return { ...p, message: importLimitsText(locale) };
    return { ...p, message: code === "not_xlsx" ? t.notXlsx : fill(t.notNumber, { text: text ?? "" }) };
  });
  const preview: ImportPreview = { org, period: parsed.period, changes: [], problems, warnings: [] };
  // A file refused unread (not a workbook, over the limits) has no organisation or month to judge.
  const unread = parsed.problems.some((p) => p.message === "not_xlsx" || p.message === "too_large");
  // The organisation and month sit in the template's hidden sheet: their problems concern the whole file.
  if (!unread && parsed.org !== org) problems.push({ sheet: "", row: 0, message: t.wrongOrg });
  if (!parsed.period || !monthCode.safeParse(parsed.period).success) {
    if (!unread) problems.push({ sheet: "", row: 0, message: t.badPeriod });
    return { ...preview, period: null };
  }
  const yearMonth = yearMonthOfCode(parsed.period);
  if (await isMonthLocked({ organisationId, yearMonth }))
    problems.push({ sheet: "", row: 0, message: getDictionary(locale).errors.locked });

  const catalog = new Map((await findIndicators()).map((i) => [i.code, i]));
  const stored = new Map((await findValues({ organisationId, months: [yearMonth] })).map((v) => [v.indicator, v]));
  const seen = new Set<string>();
  for (const value of parsed.values) {
    const indicator = catalog.get(value.indicator);
    const at = { sheet: value.sheet, row: value.row };
    if (!indicator) problems.push({ ...at, message: fill(t.unknownIndicator, { code: value.indicator }) });
    else if (isDerived(indicator.kind)) problems.push({ ...at, message: fill(t.computed, { code: value.indicator }) });
    else if (!canEditField(actor, organisationId, indicator.field))
      problems.push({ ...at, message: fill(t.notYourField, { code: value.indicator }) });
    else if (seen.has(value.indicator)) problems.push({ ...at, message: fill(t.duplicate, { code: value.indicator }) });
    else if (value.value !== null && (indicator.frequency !== "monthly" || !isActiveIn(indicator, yearMonth)))
      problems.push({ ...at, message: fill(t.notReported, { code: value.indicator }) });
    if (!indicator || seen.has(value.indicator)) continue;
    seen.add(value.indicator);
    const current = stored.get(value.indicator);
    const same = current
      ? value.value !== null &&
        Number(current.value) === Number(value.value) &&
        current.estimate === value.estimate &&
        (current.note ?? null) === value.note
      : value.value === null;
    if (same) continue;
    preview.changes.push({
      ...at,
      indicator: value.indicator,
      name: localName(namesAt(indicator, yearMonth), locale),
      oldValue: current?.value ?? null,
      newValue: value.value,
      estimate: value.estimate,
      note: value.note ?? current?.note ?? null,
      version: current?.version ?? 0,
    });
  }
  const where = new Map(parsed.values.map((v) => [v.indicator, { sheet: v.sheet, row: v.row }]));
  const issues = preview.changes.length
    ? await runChecks(organisationId, yearMonth, changesToValues(preview.changes), catalog)
    : [];
  for (const issue of issues) {
    const place = where.get(issue.indicator) ??
      issue.related.map((code) => where.get(code)).find(Boolean) ?? { sheet: "", row: 0 };
    const entry = { ...place, message: describeIssue(issue, catalog, locale) };
    (issue.blocking ? problems : preview.warnings).push(entry);
  }
  return preview;
}

export function changesToValues(changes: ImportChange[]): ValueInput[] {
  return changes.map((c) => ({
    indicator: c.indicator,
    value: c.newValue,
    estimate: c.estimate,
    note: c.note,
    version: c.version,
  }));
}
