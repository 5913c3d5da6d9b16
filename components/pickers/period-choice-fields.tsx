"use client";

import { useState } from "react";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { clsx } from "clsx";
import { choiceOfKind, type PeriodChoice } from "@/lib/periods/choices";
import { parsePeriod, type PeriodKind } from "@/lib/periods/period";

interface Props {
  id: string;
  /** The form field that carries the period code (2024-Q4); the kind travels only with `kindName`. */
  name: string;
  kindName?: string;
  kinds: { value: PeriodKind; label: string }[];
  /** Each kind's periods, latest first (lib/periods/choices.ts), as the report creation form lists them. */
  choices: Record<PeriodKind, PeriodChoice[]>;
  /** A period code, or "" for any period (with `any`). */
  defaultValue: string;
  /** The kind chosen when no period is. */
  defaultKind?: PeriodKind;
  /** A first choice for any kind and any period (a filter). */
  any?: string;
  /** Labels read out only, where the row has no room for them. */
  compact?: boolean;
  text: { kind: string; period: string };
}

/** The kind of period, then one of that kind's periods from a list: no period codes to type. */
export function PeriodChoiceFields({
  id,
  name,
  kindName,
  kinds,
  choices,
  defaultValue,
  defaultKind,
  any,
  compact,
  text,
}: Props) {
  const initial = parsePeriod(defaultValue);
  const [kind, setKind] = useState<PeriodKind | "">(initial?.kind ?? defaultKind ?? (any === undefined ? "month" : ""));
  const [period, setPeriod] = useState(initial ? defaultValue : "");
  const listed = kind === "" ? [] : choices[kind];
  const chooseKind = (next: PeriodKind | "") => {
    setKind(next);
    if (next === "" || any !== undefined) return setPeriod("");
    setPeriod(choiceOfKind(choices, period, next));
  };
  const labelClass = compact ? "sr-only" : undefined;
  return (
    <div className={clsx("flex flex-wrap items-end", compact ? "gap-1" : "gap-3")}>
      <div className="space-y-1">
        <Label htmlFor={`${id}-kind`} className={labelClass}>
          {text.kind}
        </Label>
        <Select
          id={`${id}-kind`}
          name={kindName}
          value={kind}
          onChange={(e) => chooseKind(e.target.value as PeriodKind | "")}
          compact={compact}
          className="block"
        >
          {any !== undefined && <option value="">{any}</option>}
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-period`} className={labelClass}>
          {text.period}
        </Label>
        <Select
          id={`${id}-period`}
          name={name}
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          compact={compact}
          className="block min-w-44"
        >
          {any !== undefined && <option value="">{any}</option>}
          {listed.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}
