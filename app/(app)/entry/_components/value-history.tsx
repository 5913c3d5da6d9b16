"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format/date";
import { formatNumber } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Dictionary, Locale } from "@/lib/i18n/dictionary";
import { valueHistoryAction } from "@/lib/values/actions";
import { sourceLabel } from "@/lib/values/source-label";

type History = Extract<Awaited<ReturnType<typeof valueHistoryAction>>, { ok: true }>["history"];

export function ValueHistory({
  org,
  period,
  indicator,
  name,
  locale,
  text,
  onClose,
}: {
  org: string;
  period: string;
  indicator: string;
  name: string;
  locale: Locale;
  text: Dictionary["entry"];
  onClose: () => void;
}) {
  const [history, setHistory] = useState<History | null>(null);
  useEffect(() => {
    valueHistoryAction({ org, period, indicator }).then((answer) => setHistory(answer.ok ? answer.history : []));
  }, [org, period, indicator]);
  const show = (v: string | null) => (v === null ? "—" : formatNumber(v, { max: 6 }, locale));
  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="history-title"
      className="fixed inset-0 z-50 flex items-center justify-center bg-black/30 p-4"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      <div className="max-h-[80vh] w-full max-w-lg overflow-auto rounded-lg bg-white p-4 shadow-xl">
        <h2 id="history-title" className="font-semibold">
          {text.historyTitle}: {name}
        </h2>
        {history === null ? (
          <div className="mt-3 h-16 animate-pulse rounded bg-slate-100" />
        ) : history.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">{text.historyEmpty}</p>
        ) : (
          <ol className="mt-3 space-y-2 text-sm" data-testid="history-list">
            {history.map((h) => (
              <li key={h.id} className="rounded border border-slate-200 p-2">
                <div className="font-medium tabular-nums">
                  {show(h.oldValue)} → {show(h.newValue)} {h.newEstimate ? `(${text.estimate.toLowerCase()})` : ""}
                </div>
                <div className="text-xs text-slate-500">
                  {formatDateTime(h.at, locale)} · {h.user ?? "—"} ·{" "}
                  {h.fileName
                    ? fill(text.periodic.fromFile, { file: h.fileName })
                    : sourceLabel(h.source, text.sources)}
                </div>
                {h.note && <div className="mt-1 text-slate-700">{h.note}</div>}
              </li>
            ))}
          </ol>
        )}
        <Button variant="outline" className="mt-4" onClick={onClose} autoFocus>
          {text.close}
        </Button>
      </div>
    </div>
  );
}
