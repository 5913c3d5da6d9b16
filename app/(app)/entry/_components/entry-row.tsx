"use client";

import { Td } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { formatNumber, formatPercent } from "@/lib/format/number";
import type { Dictionary, Locale } from "@/lib/i18n/dictionary";
import { computeRatio } from "@/lib/periods/aggregate";
import { changePercent } from "@/lib/values/change-rule";
import type { CheckIssue } from "@/lib/values/check-issue";
import { fieldId, noticeId, type Notice } from "./entry-notices";
import type { Draft, EntryRow } from "./entry-state";

interface Props {
  row: EntryRow;
  indicator: CatalogIndicator;
  draft: Draft;
  monthValues: Map<string, string | null>;
  previous: number | undefined;
  lastYear: number | undefined;
  /** The checks this row takes part in (its own and its total's or ratio's). */
  issues: CheckIssue[];
  /** The messages of this row's own checks, shown under it. */
  notices: Notice[];
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

// On a phone (below md) each indicator's <tbody> is a card and its cells stack in two columns; from
// md up it is the plain table that keyboard entry is built around.
const card = "max-md:mb-3 max-md:block max-md:rounded-lg max-md:border max-md:border-slate-200 max-md:bg-white";
const cardRow = "max-md:grid max-md:grid-cols-2 max-md:gap-x-3 max-md:gap-y-2 max-md:p-3";
const cell = "max-md:border-0 max-md:p-0";
const wide = "max-md:col-span-2";

function PhoneLabel({ children }: { children: React.ReactNode }) {
  return <span className="block text-xs text-slate-500 md:hidden">{children}</span>;
}

function Change({
  from,
  to,
  locale,
  label,
  flagged,
  className,
}: {
  from: number | undefined;
  to: number | null;
  locale: Locale;
  label: string;
  flagged: boolean;
  className?: string;
}) {
  if (from === undefined || to === null) return null;
  const change = changePercent(from, to);
  if (change === null) return null;
  return (
    <div
      title={label}
      className={cn("text-xs tabular-nums", flagged ? "font-semibold text-amber-700" : "text-slate-500", className)}
    >
      {change > 0 ? "+" : ""}
      {formatPercent(change, 1, locale)}
    </div>
  );
}

export function EntryRowView({
  row,
  indicator,
  draft,
  monthValues,
  previous,
  lastYear,
  issues,
  notices,
  invalid,
  dirty,
  editable,
  locale,
  text,
  inputRef,
  onChange,
  onMove,
  onPaste,
  onHistory,
}: Props) {
  const show = (v: number | undefined) => (v === undefined ? "—" : formatNumber(v, indicator.decimals, locale));
  const indent = { "--indent": `${0.75 + row.depth * 1.25}rem` } as React.CSSProperties;
  const nameCell = cn(cell, wide, "md:pl-(--indent)");

  if (isDerived(indicator.kind)) {
    const n = monthValues.get(indicator.numerator!);
    const d = monthValues.get(indicator.denominator!);
    const ratio = n && d ? computeRatio(Number(n), Number(d)) : null;
    return (
      <tbody className={card} data-testid={`card-${row.code}`}>
        <tr className={cn("bg-slate-50", cardRow)} data-testid={`row-${row.code}`}>
          <Td style={indent} className={cn(nameCell, "italic text-slate-700")}>
            {row.name}
          </Td>
          <Td className={cn(cell, wide, "text-slate-500 max-md:text-xs")}>{row.unit}</Td>
          <Td className={cn(cell, wide, "text-right tabular-nums max-md:text-left")} data-testid="computed">
            {ratio === null
              ? "—"
              : indicator.unitVi === "%"
                ? formatPercent(ratio, indicator.decimals, locale)
                : formatNumber(ratio, indicator.decimals, locale)}
            <div className="text-xs text-slate-500">{text.computed}</div>
          </Td>
          <Td colSpan={6} className="max-md:hidden" />
        </tr>
      </tbody>
    );
  }

  const current = monthValues.get(row.code);
  const value = current === null || current === undefined ? null : Number(current);
  const tone = invalid || issues.some((i) => i.severity === "error") ? "error" : issues.length ? "warning" : null;
  const flagged = (against: string) =>
    issues.some((i) => i.indicator === row.code && i.code === "jump" && i.params[against] !== undefined);
  const describedBy = notices.length ? notices.map(noticeId).join(" ") : undefined;
  const mainCell = notices.length ? "md:border-b-0" : undefined;
  return (
    <tbody className={card} data-testid={`card-${row.code}`}>
      <tr data-testid={`row-${row.code}`} className={cn(cardRow, dirty && "bg-amber-50/40")}>
        <Td style={indent} className={cn(nameCell, mainCell, row.depth ? "text-slate-700" : "font-medium")}>
          {row.name}
        </Td>
        <Td className={cn(cell, wide, mainCell, "text-slate-500 max-md:-mt-2 max-md:text-xs")}>{row.unit}</Td>
        <Td className={cn(cell, mainCell, "md:w-40")}>
          <PhoneLabel>{text.value}</PhoneLabel>
          <input
            ref={inputRef}
            id={fieldId("value", row.code)}
            aria-label={row.name}
            aria-describedby={describedBy}
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
              tone === "error"
                ? "border-red-500 bg-red-50"
                : tone === "warning"
                  ? "border-amber-500 bg-amber-50"
                  : "border-slate-300",
            )}
          />
        </Td>
        <Td className={cn(cell, mainCell, "max-md:self-end")}>
          <label className="flex h-8 items-center gap-2">
            <input
              type="checkbox"
              aria-label={`${text.estimate}: ${row.name}`}
              checked={draft.estimate}
              disabled={!editable}
              onChange={(e) => onChange({ estimate: e.target.checked })}
            />
            <span className="text-sm md:hidden" aria-hidden="true">
              {text.estimate}
            </span>
          </label>
        </Td>
        <Td className={cn(cell, wide, mainCell, "md:w-64")}>
          <PhoneLabel>{text.note}</PhoneLabel>
          <textarea
            id={fieldId("note", row.code)}
            aria-label={`${text.note}: ${row.name}`}
            aria-describedby={describedBy}
            rows={1}
            value={draft.note}
            disabled={!editable}
            maxLength={1000}
            onChange={(e) => onChange({ note: e.target.value })}
            onKeyDown={(e) => {
              if (e.key !== "Enter" || e.shiftKey) return;
              e.preventDefault();
              onMove(1);
            }}
            className="field-sizing-content block min-h-8 w-full resize-none rounded border border-slate-300 px-2 py-1 text-sm disabled:bg-slate-50"
          />
        </Td>
        <Td
          className={cn(cell, mainCell, "text-right tabular-nums text-slate-600 max-md:text-left")}
          data-testid="previous"
        >
          <PhoneLabel>{text.previous}</PhoneLabel>
          {show(previous)}
          <Change
            from={previous}
            to={value}
            locale={locale}
            label={text.previous}
            flagged={flagged("previous")}
            className="md:hidden"
          />
        </Td>
        <Td
          className={cn(cell, mainCell, "text-right tabular-nums text-slate-600 max-md:text-left")}
          data-testid="last-year"
        >
          <PhoneLabel>{text.lastYear}</PhoneLabel>
          {show(lastYear)}
          <Change
            from={lastYear}
            to={value}
            locale={locale}
            label={text.lastYear}
            flagged={flagged("lastYear")}
            className="md:hidden"
          />
        </Td>
        <Td className={cn(cell, mainCell, "text-right max-md:hidden")}>
          <Change from={previous} to={value} locale={locale} label={text.previous} flagged={flagged("previous")} />
          <Change from={lastYear} to={value} locale={locale} label={text.lastYear} flagged={flagged("lastYear")} />
        </Td>
        <Td className={cn(cell, wide, mainCell)}>
          <button type="button" className="text-xs text-brand-700 underline" onClick={onHistory}>
            {text.history}
            <span className="sr-only">: {row.name}</span>
          </button>
        </Td>
      </tr>
      {notices.length > 0 && (
        <tr className="max-md:block max-md:px-3 max-md:pb-3">
          <td colSpan={2} className="border-b border-slate-100 max-md:hidden" />
          <td colSpan={7} className="border-b border-slate-100 px-3 pb-2 max-md:block max-md:border-0 max-md:p-0">
            <ul className="space-y-1">
              {notices.map((notice) => (
                <li
                  key={notice.key}
                  id={noticeId(notice)}
                  data-testid="cell-notice"
                  data-code={notice.code}
                  className={cn("text-sm", notice.tone === "error" ? "text-red-700" : "text-amber-800")}
                >
                  {notice.text}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </tbody>
  );
}
