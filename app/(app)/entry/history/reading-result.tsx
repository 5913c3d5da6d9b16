"use client";

import { Link } from "@/components/link";
import { useState, useTransition } from "react";
import { PeriodChoiceFields } from "@/components/pickers/period-choice-fields";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { fill } from "@/lib/i18n/fill";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { ActionResult } from "@/lib/actions/result";
import { rereadReportAction, type ReadingSummary } from "@/lib/imports/actions";
import type { PeriodChoice } from "@/lib/periods/choices";
import type { PeriodKind } from "@/lib/periods/period";

interface Props {
  outcome: Outcome;
  at: number;
  text: Dictionary["history"];
  pickers: Dictionary["pickers"];
  kinds: { value: PeriodKind; label: string }[];
  choices: Record<PeriodKind, PeriodChoice[]>;
}

/** A file (or the pasted text) and what reading it gave. */
export interface Outcome {
  label: string;
  result: ActionResult<{ reading: ReadingSummary; scannedPages: number }>;
}

/** One file's reading: what was found, its kind and period (correctable: read again), and the way to its review. */
export function ReadingResult({ outcome, at, text, pickers, kinds, choices }: Props) {
  const { result } = outcome;
  const [reading, setReading] = useState(result.ok ? result.reading : null);
  const [refusal, setRefusal] = useState("");
  const [pending, startTransition] = useTransition();
  if (!result.ok || !reading) {
    return (
      <Alert tone="error" data-testid="reading-result">
        <span className="font-medium">{outcome.label}</span>:{" "}
        {result.ok ? "" : (Object.values(result.fieldErrors)[0] ?? result.message)}
      </Alert>
    );
  }
  const reread = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const next = await rereadReportAction({
        id: reading.id,
        kind: String(form.get("kind")) as PeriodKind,
        period: String(form.get("period")),
      });
      if (next.ok) setReading(next.reading);
      setRefusal(next.ok ? "" : (Object.values(next.fieldErrors)[0] ?? next.message));
    });
  };
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3" data-testid="reading-result">
      <p className="font-medium break-words">{outcome.label}</p>
      <p className="text-sm text-slate-700">{fill(text.found, { n: reading.found, m: reading.unmatched })}</p>
      {result.scannedPages > 0 && (
        <p className="text-sm text-amber-800">{fill(text.scanned, { pages: result.scannedPages })}</p>
      )}
      {!reading.period && <p className="text-sm text-amber-800">{text.noPeriod}</p>}
      <form onSubmit={reread} className="flex flex-wrap items-end gap-2">
        <PeriodChoiceFields
          key={reading.period ?? ""}
          id={`reading-${at}`}
          name="period"
          kindName="kind"
          kinds={kinds}
          choices={choices}
          defaultValue={reading.period ?? ""}
          defaultKind="quarter"
          text={{ kind: pickers.kind, period: text.period }}
        />
        <Button type="submit" variant="outline" size="sm" disabled={pending}>
          {text.reread}
        </Button>
        <Link href={`/entry/history/${reading.id}`} className={buttonVariants({ size: "sm" })}>
          {text.review}
        </Link>
      </form>
      {refusal && (
        <Alert tone="error" role="alert">
          {refusal}
        </Alert>
      )}
    </div>
  );
}
