import { Alert } from "@/components/ui/alert";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/fill";
import type { ActionResult } from "@/lib/actions/result";
import type { NamedIndicator, SentencePreview } from "@/lib/reports/templates/schema";

export type PreviewState = ActionResult<{ results: SentencePreview[] }>;

const names = (indicators: NamedIndicator[]) => indicators.map((i) => i.name).join(", ");

/** Each previewed sentence on its own line: printed, flagged, left out or refused, with the figures it states. */
export function PreviewResults({ state, text }: { state: PreviewState; text: Dictionary["templates"] }) {
  if (!state.ok) return <Alert tone="error">{Object.values(state.fieldErrors).join(" ") || state.message}</Alert>;
  if (!state.results?.length) return <p className="text-sm text-slate-500">{text.previewEmpty}</p>;
  return (
    <ol className="space-y-1 rounded-md bg-slate-50 p-3 text-sm" data-testid="template-preview">
      {state.results.map((r, n) => (
        <li key={n} data-outcome={r.outcome}>
          <span className="font-medium">{fill(text.previewSentence, { n: n + 1 })}: </span>
          {r.outcome === "filled" && r.text}
          {r.outcome === "flagged" && (
            <>
              <span className="text-amber-800">{fill(text.previewFlagged, { names: names(r.missing) })}</span> ·{" "}
              {r.text}
            </>
          )}
          {r.outcome === "left_out" && <span className="text-slate-500">{text.previewLeftOut}</span>}
          {r.outcome === "invalid" && (
            <span className="text-red-700">{`${text.previewInvalid}: ${r.errors.join("; ")}`}</span>
          )}
          {(r.outcome === "filled" || r.outcome === "flagged") && r.states.length > 0 && (
            <div className="pl-4 text-xs text-slate-500">{fill(text.previewStates, { names: names(r.states) })}</div>
          )}
        </li>
      ))}
    </ol>
  );
}
