"use client";

import { Td } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { formatNumber, formatPercent } from "@/lib/format/number";
import type { Dictionary, Locale } from "@/lib/i18n/dictionary";
import { computeRatio } from "@/lib/periods/aggregate";
import { changePercent, type CheckIssue } from "@/lib/values/checks";
import type { Draft } from "./entry-state";
import type { EntryRow } from "./entry-grid";

interface Props {
  row: EntryRow;
  indicator: CatalogIndicator;
  draft: Draft;
  monthValues: Map<string, string | null>;
  previous: number | undefined;
  lastYear: number | undefined;
  issues: CheckIssue[];
  invalid: boolean;
  dirty: boolean;
  editable: boolean;
  locale: Locale;
  text: Dictionary["entry"];
  inputRef: (el: HTMLInputElement | null) => void;
  onChange: (patch: Partial<Draft>) => void;
  onMove: (delta: number) => void;
  onPaste: (text: string) => boolean;
  onHistory: () => void;
}

function Change({ from, to, locale, label }: { from: number | undefined; to: number | null; locale: Locale; label: string }) {
  if (from === undefined || to === null) return null;
  const change = changePercent(from, to);
  if (change === null) return null;
  return (
    <div title={label} className={cn("text-xs tabular-nums", Math.abs(change) > 50 ? "font-semibold text-amber-700" : "text-slate-500")}>
      {change > 0 ? "+" : ""}
      {formatPercent(change, 1, locale)}
    </div>
  );
}

export function EntryRowView({ row, indicator, draft, monthValues, previous, lastYear, issues, invalid, dirty, editable, locale, text, inputRef, onChange, onMove, onPaste, onHistory }: Props) {
  const show = (v: number | undefined) => (v === undefined ? "—" : formatNumber(v, indicator.decimals, locale));
  const percent = indicator.unitVi === "%";
  const tone = invalid || issues.some((i) => i.severity === "error") ? "error" : issues.length ? "warning" : null;
  const indent = { paddingLeft: `${0.75 + row.depth * 1.25}rem` };

  if (isDerived(indicator.kind)) {
    const n = monthValues.get(indicator.numerator!);
    const d = monthValues.get(indicator.denominator!);
    const ratio = n && d ? computeRatio(Number(n), Number(d)) : null;
    return (
      <tr className="bg-slate-50" data-testid={`row-${row.code}`}>
        <Td style={indent} className="italic text-slate-700">{row.name}</Td>
        <Td className="text-slate-500">{row.unit}</Td>
        <Td className="text-right tabular-nums" data-testid="computed">
          {ratio === null ? "—" : percent ? formatPercent(ratio, indicator.decimals, locale) : formatNumber(ratio, indicator.decimals, locale)}
          <div className="text-xs text-slate-500">{text.computed}</div>
        </Td>
        <Td colSpan={6} />
      </tr>
    );
  }

  const current = monthValues.get(row.code);
  const value = current === null || current === undefined ? null : Number(current);
  return (
    <tr data-testid={`row-${row.code}`} className={cn(dirty && "bg-amber-50/40")}>
      <Td style={indent} className={row.depth ? "text-slate-700" : "font-medium"}>
        {row.name}
      </Td>
      <Td className="text-slate-500">{row.unit}</Td>
      <Td className="w-40">
        <input
          ref={inputRef}
          aria-label={row.name}
          inputMode="decimal"
          value={draft.text}
          disabled={!editable}
          aria-invalid={tone === "error" || undefined}
          onChange={(e) => onChange({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === "Enter" || e.key === "ArrowDown") onMove(1);
            else if (e.key === "ArrowUp") onMove(-1);
            else return;
            e.preventDefault();
          }}
          onPaste={(e) => {
            if (onPaste(e.clipboardData.getData("text"))) e.preventDefault();
          }}
          className={cn(
            "h-8 w-full rounded border px-2 text-right tabular-nums disabled:bg-slate-50",
            tone === "error" ? "border-red-500 bg-red-50" : tone === "warning" ? "border-amber-500 bg-amber-50" : "border-slate-300",
          )}
        />
      </Td>
      <Td>
        <input type="checkbox" aria-label={`${text.estimate}: ${row.name}`} checked={draft.estimate} disabled={!editable} onChange={(e) => onChange({ estimate: e.target.checked })} />
      </Td>
      <Td>
        <input
          aria-label={`${text.note}: ${row.name}`}
          value={draft.note}
          disabled={!editable}
          maxLength={1000}
          onChange={(e) => onChange({ note: e.target.value })}
          className="h-8 w-40 rounded border border-slate-300 px-2 text-sm disabled:bg-slate-50"
        />
      </Td>
      <Td className="text-right tabular-nums text-slate-600">{show(previous)}</Td>
      <Td className="text-right tabular-nums text-slate-600">{show(lastYear)}</Td>
      <Td className="text-right">
        <Change from={previous} to={value} locale={locale} label={text.previous} />
        <Change from={lastYear} to={value} locale={locale} label={text.lastYear} />
      </Td>
      <Td>
        <button type="button" className="text-xs text-brand-700 underline" onClick={onHistory}>
          {text.history}
        </button>
      </Td>
    </tr>
  );
}
