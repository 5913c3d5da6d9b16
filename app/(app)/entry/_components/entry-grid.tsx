"use client";

// entry/_components: the data entry page's parts; the grid of a month's figures is the heart of it.

import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Th } from "@/components/ui/table";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { formatNumber } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Dictionary, Locale } from "@/lib/i18n/dictionary";
import { saveEntryAction, type SaveEntryResult } from "@/lib/values/actions";
import { changeRule } from "@/lib/values/change-rule";
import { checkMonthValues, checkPeriodValues } from "@/lib/values/checks";
import type { ReportedContext } from "@/lib/values/reported-check";
import { CheckSummary } from "./check-summary";
import { EntryRowView } from "./entry-row";
import { entryNotices, focusField } from "./entry-notices";
import {
  changedValues,
  draftOf,
  isDirty,
  parseDraft,
  pastedColumn,
  type Draft,
  type EntryCell,
  type EntryRow,
} from "./entry-state";
import { SaveResult } from "./save-result";
import { ValueHistory } from "./value-history";

interface Props {
  org: string;
  /** A month (2025-03), or the quarter, half year or year of indicators reported only by such periods (2025-Q1). */
  period: string;
  rows: EntryRow[];
  catalog: CatalogIndicator[];
  current: Record<string, EntryCell>;
  previous: Record<string, number>;
  lastYear: Record<string, number>;
  /** Per row, the stored values of the 24 months before (the change rule's usual range). */
  history: Record<string, number[]>;
  editable: boolean;
  locale: Locale;
  text: Dictionary["entry"];
  /** A month's reported figures of the longer periods it completes, which its months are compared with. */
  reported?: ReportedContext;
  /** A period's grid: its columns' labels (last quarter…) and the period's checks (against the same period last year only). */
  periodic?: { previous: string };
}

const map = <T,>(record: Record<string, T>) => new Map(Object.entries(record));

export function EntryGrid({
  org,
  period,
  rows,
  catalog,
  current,
  previous,
  lastYear,
  history,
  editable,
  locale,
  text,
  reported,
  periodic,
}: Props) {
  const router = useRouter();
  const byCode = useMemo(() => new Map(catalog.map((i) => [i.code, i])), [catalog]);
  const format = (code: string) => (value: string) => formatNumber(value, byCode.get(code)?.decimals ?? 0, locale);
  const initial = () => Object.fromEntries(rows.map((r) => [r.code, draftOf(current[r.code], format(r.code))]));
  const [drafts, setDrafts] = useState<Record<string, Draft>>(initial);
  const [result, setResult] = useState<SaveEntryResult | null>(null);
  const [historyOf, setHistoryOf] = useState<EntryRow | null>(null);
  const [pending, startTransition] = useTransition();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  // New figures from the server (after a save, another month) replace the drafts, during render.
  const [shown, setShown] = useState(current);
  if (shown !== current) {
    setShown(current);
    setDrafts(initial());
  }

  const editableRows = rows.filter((r) => !isDerived(byCode.get(r.code)!.kind));
  const dirty = editableRows.filter((r) => isDirty(drafts[r.code], current[r.code], locale)).map((r) => r.code);

  const monthValues = new Map<string, string | null>(Object.entries(current).map(([code, cell]) => [code, cell.value]));
  for (const r of editableRows) {
    const parsed = parseDraft(drafts[r.code], locale);
    if (parsed.ok) monthValues.set(r.code, parsed.value);
  }

  // A period's grid compares with the previous quarter (half year, year) instead of last month.
  const rowText = periodic ? { ...text, previous: periodic.previous } : text;
  const checked = {
    catalog: byCode,
    values: monthValues,
    changed: new Set(dirty),
    lastYear: map(lastYear),
    notes: new Map(editableRows.map((r) => [r.code, drafts[r.code].note])),
  };
  const issues = periodic
    ? checkPeriodValues(checked)
    : checkMonthValues({ ...checked, previous: map(previous), history: map(history), reported });
  const invalid = dirty.filter((code) => !parseDraft(drafts[code], locale).ok);
  const notices = entryNotices({ invalid, issues, catalog: byCode, locale, invalidText: text.invalidNumber });
  const blocked = invalid.length > 0 || issues.some((i) => i.blocking);

  const update = (code: string, patch: Partial<Draft>) =>
    setDrafts((d) => ({ ...d, [code]: { ...d[code], ...patch } }));
  const focusRow = (index: number) => inputs.current[Math.max(0, Math.min(index, editableRows.length - 1))]?.focus();
  // Moving on from a value that now needs a note goes to that note first.
  const move = (code: string, index: number, delta: number) => {
    if (delta > 0 && notices.some((n) => n.indicator === code && n.target === "note")) focusField("note", code);
    else focusRow(index + delta);
  };
  const paste = (index: number, text: string) => {
    const lines = pastedColumn(text);
    if (lines.length < 2) return false;
    setDrafts((d) => {
      const next = { ...d };
      lines.forEach((line, i) => {
        const row = editableRows[index + i];
        if (row) next[row.code] = { ...next[row.code], text: line };
      });
      return next;
    });
    return true;
  };

  const save = () =>
    startTransition(async () => {
      const values = changedValues(
        drafts,
        current,
        editableRows.map((r) => r.code),
        locale,
      );
      if (!values.length)
        return setResult({ ok: true, code: "saved", message: "", saved: 0, warnings: [], overwritten: [] });
      const answer = await saveEntryAction({ org, period, values });
      setResult(answer);
      if (answer.ok) router.refresh();
    });

  return (
    <div className="space-y-3">
      {!periodic && (
        <div className="no-print space-y-1 text-xs text-slate-600">
          <p className="max-md:hidden">{text.keyboardHint}</p>
          <p data-testid="change-rule">
            {fill(text.changeRule, {
              percent: changeRule.percent,
              steps: changeRule.steps,
              deviations: changeRule.deviations,
              months: changeRule.historyMonths,
              min: changeRule.minHistory,
            })}
          </p>
        </div>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white max-md:overflow-visible max-md:border-0 max-md:bg-transparent">
        <table
          data-testid={periodic ? "period-grid" : "entry-grid"}
          className="w-full border-collapse text-sm max-md:block"
        >
          <thead className="max-md:sr-only">
            <tr>
              <Th>{text.indicator}</Th>
              <Th>{text.unit}</Th>
              <Th className="text-right">{text.value}</Th>
              <Th>{text.estimate}</Th>
              <Th>{text.note}</Th>
              <Th className="text-right">{rowText.previous}</Th>
              <Th className="text-right">{text.lastYear}</Th>
              <Th className="text-right">{text.change}</Th>
              <Th>
                <span className="sr-only">{text.history}</span>
              </Th>
            </tr>
          </thead>
          {rows.map((row) => {
            const index = editableRows.indexOf(row);
            return (
              <EntryRowView
                key={row.code}
                row={row}
                indicator={byCode.get(row.code)!}
                draft={drafts[row.code]}
                monthValues={monthValues}
                previous={previous[row.code]}
                lastYear={lastYear[row.code]}
                issues={issues.filter((i) => i.indicator === row.code || i.related.includes(row.code))}
                notices={notices.filter((n) => n.indicator === row.code)}
                invalid={invalid.includes(row.code)}
                dirty={dirty.includes(row.code)}
                editable={editable}
                locale={locale}
                text={rowText}
                inputRef={(el) => {
                  if (index >= 0) inputs.current[index] = el;
                }}
                onChange={(patch) => update(row.code, patch)}
                onMove={(delta) => move(row.code, index, delta)}
                onPaste={(text) => paste(index, text)}
                onHistory={() => setHistoryOf(row)}
              />
            );
          })}
        </table>
      </div>
      <CheckSummary notices={notices} text={text} titleId={`check-summary-${period}`} />
      <SaveResult result={result} byCode={byCode} locale={locale} text={text} onReload={() => router.refresh()} />
      {editable && (
        <div className="no-print flex flex-wrap items-center gap-3">
          <Button onClick={save} disabled={pending || blocked || dirty.length === 0}>
            {pending ? text.saving : text.save}
          </Button>
          {dirty.length > 0 && (
            <span className="text-sm text-amber-700">{fill(text.unsaved, { n: dirty.length })}</span>
          )}
          {blocked && <span className="text-sm text-red-700">{text.blockedHint}</span>}
        </div>
      )}
      {historyOf && (
        <ValueHistory
          org={org}
          period={period}
          indicator={historyOf.code}
          name={historyOf.name}
          locale={locale}
          text={text}
          onClose={() => setHistoryOf(null)}
        />
      )}
    </div>
  );
}
