"use client";

import { useState } from "react";
import { useActionForm } from "@/components/action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { choiceOfKind, type PeriodChoice } from "@/lib/periods/choices";
import type { PeriodKind } from "@/lib/periods/period";
import { createReportAction } from "@/lib/reports/actions";

interface Props {
  kinds: { value: PeriodKind; label: string }[];
  /** Each kind's periods, latest first (lib/periods/choices.ts). */
  choices: Record<PeriodKind, PeriodChoice[]>;
  text: Dictionary["reports"];
}

/** The kind of report, then one of that kind's periods; a refused request keeps both chosen and says why beside the period. */
export function CreateReportForm({ kinds, choices, text }: Props) {
  const form = useActionForm(createReportAction);
  const [kind, setKind] = useState<PeriodKind>("nine");
  const [period, setPeriod] = useState(() => choices[kind][0]?.value ?? "");
  const [changed, setChanged] = useState(false);
  const chooseKind = (next: PeriodKind) => {
    setKind(next);
    setPeriod(choiceOfKind(choices, period, next));
    setChanged(true);
  };
  const refused = form.state?.ok === false ? form.state : null;
  const periodError = changed ? undefined : (refused?.fieldErrors.period ?? refused?.fieldErrors.kind);
  return (
    <form
      {...form.formProps}
      onSubmit={(event) => {
        setChanged(false);
        form.formProps.onSubmit(event);
      }}
      className="flex flex-wrap items-start gap-3"
      data-testid="create-report-form"
    >
      <div className="space-y-1">
        <Label htmlFor="report-kind">{text.kind}</Label>
        <Select
          id="report-kind"
          name="kind"
          value={kind}
          onChange={(e) => chooseKind(e.target.value as PeriodKind)}
          className="block"
        >
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
        <Button type="submit" disabled={form.pending}>
          {text.create}
        </Button>
      </div>
      {refused && !periodError && !changed && (
        <Alert tone="error" role="alert">
          {refused.message}
        </Alert>
      )}
    </form>
  );
}
