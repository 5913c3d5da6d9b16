"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, Th } from "@/components/ui/table";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { formatNumber } from "@/lib/format/number";
import { fill, type Dictionary, type Locale } from "@/lib/i18n/dictionary";
import { saveEntryAction, type SaveEntryResult } from "@/lib/values/actions";
import { describeIssue } from "@/lib/values/check-messages";
import { checkMonthValues } from "@/lib/values/checks";
import { EntryRowView } from "./entry-row";
import { changedValues, draftOf, isDirty, parseDraft, pastedColumn, type Draft, type EntryCell } from "./entry-state";
import { ValueHistory } from "./value-history";

export type { EntryCell } from "./entry-state";

export interface EntryRow {
  code: string;
  name: string;
  unit: string;
  depth: number;
}

interface Props {
  org: string;
  period: string;
  rows: EntryRow[];
  catalog: CatalogIndicator[];
  current: Record<string, EntryCell>;
  previous: Record<string, number>;
  lastYear: Record<string, number>;
  editable: boolean;
  locale: Locale;
  text: Dictionary["entry"];
}

export function EntryGrid({ org, period, rows, catalog, current, previous, lastYear, editable, locale, text }: Props) {
  const router = useRouter();
  const byCode = useMemo(() => new Map(catalog.map((i) => [i.code, i])), [catalog]);
  const format = (code: string) => (value: string) => formatNumber(value, byCode.get(code)?.decimals ?? 0, locale);
  const initial = () => Object.fromEntries(rows.map((r) => [r.code, draftOf(current[r.code], format(r.code))]));
  const [drafts, setDrafts] = useState<Record<string, Draft>>(initial);
  const [result, setResult] = useState<SaveEntryResult | null>(null);
  const [historyOf, setHistoryOf] = useState<EntryRow | null>(null);
  const [pending, startTransition] = useTransition();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setDrafts(initial()), [current]);

  const editableRows = rows.filter((r) => !isDerived(byCode.get(r.code)!.kind));
  const dirty = editableRows.filter((r) => isDirty(drafts[r.code], current[r.code], locale)).map((r) => r.code);

  const monthValues = useMemo(() => {
    const values = new Map<string, string | null>(Object.entries(current).map(([code, cell]) => [code, cell.value]));
    for (const r of editableRows) {
      const parsed = parseDraft(drafts[r.code], locale);
      if (parsed.ok) values.set(r.code, parsed.value);
    }
    return values;
  }, [current, drafts, editableRows, locale]);

  const issues = checkMonthValues({
    catalog: byCode,
    values: monthValues,
    changed: new Set(dirty),
    previous: new Map(Object.entries(previous)),
    lastYear: new Map(Object.entries(lastYear)),
    notes: new Map(editableRows.map((r) => [r.code, drafts[r.code].note])),
  });
  const invalid = dirty.filter((code) => !parseDraft(drafts[code], locale).ok);
  const blocked = invalid.length > 0 || issues.some((i) => i.blocking);

  const update = (code: string, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [code]: { ...d[code], ...patch } }));
  const focusRow = (index: number) => inputs.current[Math.max(0, Math.min(index, editableRows.length - 1))]?.focus();
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
      const values = changedValues(drafts, current, editableRows.map((r) => r.code), locale);
      if (!values.length) return setResult({ ok: true, saved: 0, warnings: [], overwritten: [] });
      const answer = await saveEntryAction({ org, period, values });
      setResult(answer);
      if (answer.ok) router.refresh();
    });

  return (
    <div className="space-y-3">
      <p className="no-print text-xs text-slate-500">{text.keyboardHint}</p>
      <div className="rounded-lg border border-slate-200 bg-white">
        <Table data-testid="entry-grid">
          <thead>
            <tr>
              <Th>{text.indicator}</Th>
              <Th>{text.unit}</Th>
              <Th className="text-right">{text.value}</Th>
              <Th>{text.estimate}</Th>
              <Th>{text.note}</Th>
              <Th className="text-right">{text.previous}</Th>
              <Th className="text-right">{text.lastYear}</Th>
              <Th className="text-right">{text.change}</Th>
              <Th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const indicator = byCode.get(row.code)!;
              const index = editableRows.indexOf(row);
              return (
                <EntryRowView
                  key={row.code}
                  row={row}
                  indicator={indicator}
                  draft={drafts[row.code]}
                  monthValues={monthValues}
                  previous={previous[row.code]}
                  lastYear={lastYear[row.code]}
                  issues={issues.filter((i) => i.indicator === row.code || i.related.includes(row.code))}
                  invalid={invalid.includes(row.code)}
                  dirty={dirty.includes(row.code)}
                  editable={editable}
                  locale={locale}
                  text={text}
                  inputRef={(el) => {
                    if (index >= 0) inputs.current[index] = el;
                  }}
                  onChange={(patch) => update(row.code, patch)}
                  onMove={(delta) => focusRow(index + delta)}
                  onPaste={(text) => paste(index, text)}
                  onHistory={() => setHistoryOf(row)}
                />
              );
            })}
          </tbody>
        </Table>
      </div>
      {(issues.length > 0 || invalid.length > 0) && (
        <ul className="space-y-1" data-testid="check-issues">
          {invalid.map((code) => (
            <li key={code}>
              <Alert tone="error">
                {rows.find((r) => r.code === code)?.name}: {text.invalidNumber}
              </Alert>
            </li>
          ))}
          {issues.map((issue, i) => (
            <li key={i}>
              <Alert tone={issue.severity === "error" ? "error" : "warning"} data-code={issue.code}>
                {describeIssue(issue, byCode, locale)}
              </Alert>
            </li>
          ))}
        </ul>
      )}
      <SaveResult result={result} byCode={byCode} locale={locale} text={text} onReload={() => router.refresh()} />
      {editable && (
        <div className="no-print flex items-center gap-3">
          <Button onClick={save} disabled={pending || blocked || dirty.length === 0}>
            {pending ? text.saving : text.save}
          </Button>
          {dirty.length > 0 && <span className="text-sm text-amber-700">{fill(text.unsaved, { n: dirty.length })}</span>}
        </div>
      )}
      {historyOf && <ValueHistory org={org} period={period} indicator={historyOf.code} name={historyOf.name} locale={locale} text={text} onClose={() => setHistoryOf(null)} />}
    </div>
  );
}

function SaveResult({ result, byCode, locale, text, onReload }: { result: SaveEntryResult | null; byCode: Map<string, CatalogIndicator>; locale: Locale; text: Dictionary["entry"]; onReload: () => void }) {
  if (!result) return null;
  if (result.ok) return <Alert tone="success" data-testid="save-status">{result.saved ? fill(text.saved, { n: result.saved }) : text.nothingToSave}</Alert>;
  if (result.code === "conflict") {
    const details = result.details as { indicator: string; current: { value: string; version: number; updatedBy: string | null } | null }[];
    return (
      <Alert tone="error" data-testid="save-status">
        <p>{text.conflict}</p>
        <ul className="list-disc pl-5">
          {details.map((d) => {
            const indicator = byCode.get(d.indicator);
            const name = indicator ? (locale === "vi" ? indicator.nameVi : indicator.nameEn) : d.indicator;
            return <li key={d.indicator}>{fill(text.conflictItem, { indicator: name, value: d.current ? formatNumber(d.current.value, { max: 6 }, locale) : "—", version: d.current?.version ?? 0, by: d.current?.updatedBy ?? "—" })}</li>;
          })}
        </ul>
        <Button variant="outline" size="sm" className="mt-2" onClick={onReload}>
          {text.reload}
        </Button>
      </Alert>
    );
  }
  const details = (result.details as { message?: string }[]).filter((d) => d.message);
  return (
    <Alert tone="error" data-testid="save-status">
      <p>{result.message}</p>
      {details.length > 0 && <ul className="list-disc pl-5">{details.map((d, i) => <li key={i}>{d.message}</li>)}</ul>}
    </Alert>
  );
}
