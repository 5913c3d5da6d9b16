import type { Dictionary } from "@/lib/i18n/dictionary";
import { StatusBadge } from "../_components/status-badge";

/** What the board's marks and colours mean. */
export function StatusLegend({ text }: { text: Dictionary["entry"] }) {
  const items = [
    { mark: <StatusBadge status="open">{text.statusOpen}</StatusBadge>, meaning: text.legendOpen },
    { mark: <StatusBadge status="submitted">{text.statusSubmitted}</StatusBadge>, meaning: text.legendSubmitted },
    { mark: <StatusBadge status="locked">{text.statusLocked}</StatusBadge>, meaning: text.legendLocked },
    { mark: <StatusBadge status="overdue">{text.overdue}</StatusBadge>, meaning: text.legendOverdue },
    { mark: <span className="text-xs text-slate-500">{text.entered}: 12/15</span>, meaning: text.legendEntered },
  ];
  return (
    <section
      aria-labelledby="status-legend-title"
      data-testid="status-legend"
      className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm"
    >
      <h2 id="status-legend-title" className="font-semibold">
        {text.legend}
      </h2>
      <dl className="mt-2 grid gap-x-6 gap-y-1.5 md:grid-cols-2">
        {items.map((item, i) => (
          <div key={i} className="flex items-baseline gap-2">
            <dt className="shrink-0">{item.mark}</dt>
            <dd className="text-slate-700">{item.meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-600">{text.legendLinks}</p>
    </section>
  );
}
