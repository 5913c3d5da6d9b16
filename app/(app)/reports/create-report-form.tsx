"use client";

import { startTransition, useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label, Select } from "@/components/ui/input";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { periodOfKind, type PeriodChoice } from "@/lib/periods/choices";
import { formatPeriodCode, parsePeriod, periodKinds, type PeriodKind } from "@/lib/periods/period";
import { createReportAction, type ReportActionState } from "@/lib/reports/actions";

interface Props {
  kinds: { value: PeriodKind; label: string }[];
  /** Each kind's periods, latest first (lib/periods/choices.ts). */
  choices: Record<PeriodKind, PeriodChoice[]>;
  text: Dictionary["reports"];
}

const isKind = (value: unknown): value is PeriodKind => periodKinds.includes(value as PeriodKind);

/** The kind of report, then one of that kind's periods; a refused request keeps both chosen and says why beside the period. */
export function CreateReportForm({ kinds, choices, text }: Props) {
  const [state, action, pending] = useActionState<ReportActionState, FormData>(createReportAction, { ok: false });
  const [kind, setKind] = useState<PeriodKind>(() => (isKind(state.values?.kind) ? state.values.kind : "nine"));
  const [period, setPeriod] = useState(() => state.values?.period ?? choices[kind][0]?.value ?? "");
  const [changed, setChanged] = useState(false);
  const chooseKind = (next: PeriodKind) => {
    // Keep the time chosen: from Quý III/2024 to months is Tháng 9 năm 2024, when it is listed.
    const current = parsePeriod(period);
    const near = current ? formatPeriodCode(periodOfKind(current, next)) : "";
    setKind(next);
    setPeriod(choices[next].some((c) => c.value === near) ? near : (choices[next][0]?.value ?? ""));
    setChanged(true);
  };
  const periodError = changed ? undefined : state.errors?.period;
  return (
    <form
      action={action}
      onSubmit={(event) => {
        // Dispatched by hand: as the form's action React would reset the form afterwards, and a
        // controlled select with it, losing the choice on a refusal.
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setChanged(false);
        startTransition(() => action(data));
      }}
      className="flex flex-wrap items-start gap-3"
      data-testid="create-report-form"
    >
      <div className="space-y-1">
        <Label htmlFor="report-kind">{text.kind}</Label>
        <Select id="report-kind" name="kind" value={kind} onChange={(e) => chooseKind(e.target.value as PeriodKind)} className="block">
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="report-period">{text.period}</Label>
        <Select
          id="report-period"
          name="period"
          required
          value={period}
          onChange={(e) => {
            setPeriod(e.target.value);
            setChanged(true);
          }}
          aria-invalid={periodError ? true : undefined}
          aria-describedby={periodError ? "report-period-error" : undefined}
          className="block min-w-52 aria-invalid:border-red-500"
        >
          {choices[kind].map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
        {periodError && (
          <p id="report-period-error" className="w-0 min-w-full text-sm text-red-700" data-testid="report-period-error">
            {periodError}
          </p>
        )}
      </div>
      <div className="pt-6">
        <Button type="submit" disabled={pending}>
          {text.create}
        </Button>
      </div>
      {state.message && !state.errors && <Alert tone="error">{state.message}</Alert>}
    </form>
  );
}
