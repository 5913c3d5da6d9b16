"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { assignNumberAction } from "@/lib/imports/actions";
import type { ImportView } from "@/lib/imports/data";
import type { ReviewIndicator } from "./review-indicator";
import { Sentence } from "./sentence";

interface Props {
  reading: ImportView;
  indicators: ReviewIndicator[];
  disabled: boolean;
  onAssigned: (view: ImportView) => void;
  text: Dictionary["history"];
}

/** The numbers no indicator claimed, each assignable to one: it becomes a candidate, its phrase the organisation's alias. */
export function UnmatchedList({ reading, indicators, disabled, onAssigned, text }: Props) {
  const [refusals, setRefusals] = useState<Record<number, string>>({});
  const [pending, startTransition] = useTransition();
  const fields = [...new Map(indicators.map((i) => [i.field, i.fieldName]))];
  const assign = (start: number, form: FormData) =>
    startTransition(async () => {
      const indicator = String(form.get("indicator") ?? "");
      if (!indicator) return;
      const answer = await assignNumberAction({ id: reading.id, start, indicator });
      setRefusals((current) => ({
        ...current,
        [start]: answer.ok ? "" : (Object.values(answer.fieldErrors)[0] ?? answer.message),
      }));
      if (answer.ok) onAssigned(answer.view);
    });
  return (
    <section className="space-y-3" aria-labelledby="unmatched-heading">
      <h2 id="unmatched-heading" className="text-lg font-semibold">
        {text.unmatched}
      </h2>
      <p className="max-w-3xl text-sm text-slate-600">
        {reading.unmatched.length ? text.unmatchedIntro : text.unmatchedNone}
      </p>
      <ul className="space-y-2">
        {reading.unmatched.map((u) => (
          <li
            key={u.start}
            className="space-y-2 rounded-lg border border-slate-200 bg-white p-3"
            data-testid="unmatched"
          >
            <Sentence sentence={u.sentence} number={u.number} at={u.at} />
            <form
              className="flex flex-wrap items-end gap-2"
              onSubmit={(event) => {
                event.preventDefault();
                assign(u.start, new FormData(event.currentTarget));
              }}
            >
              <div className="space-y-1">
                <Label htmlFor={`unmatched-${u.start}`} className="text-sm">
                  {text.indicator}
                </Label>
                <Select
                  id={`unmatched-${u.start}`}
                  name="indicator"
                  defaultValue=""
                  disabled={disabled}
                  className="block w-full max-w-xs"
                >
                  <option value="">{text.chooseIndicator}</option>
                  {fields.map(([field, name]) => (
                    <optgroup key={field} label={name}>
                      {indicators
                        .filter((i) => i.field === field)
                        .map((i) => (
                          <option key={i.code} value={i.code}>
                            {i.name}
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </Select>
              </div>
              <Button type="submit" variant="outline" size="sm" disabled={disabled || pending}>
                {text.assign}
              </Button>
            </form>
            {refusals[u.start] && (
              <p className="text-sm text-red-700" role="alert">
                {refusals[u.start]}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
