"use client";

import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/cn";
import { acceptedByDefault } from "@/lib/history/confidence";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { ImportView } from "@/lib/imports/data";
import { Sentence } from "./sentence";

export interface Decision {
  accepted: boolean;
  /** The value as the reviewer sees and corrects it (Vietnamese style: 7.848, 86,4). */
  typed: string;
  /** The note stored with the figure, as on the entry page; asked for when a large change needs one. */
  note: string;
}

interface Props {
  candidate: ImportView["candidates"][number];
  decision: Decision;
  onChange: (change: Partial<Decision>) => void;
  disabled: boolean;
  invalid: boolean;
  /** Whether the checks say this figure needs a note (the change rule). */
  askNote: boolean;
  /** The entry page's label of a note. */
  noteLabel: string;
  text: Dictionary["history"];
}

/** A candidate: its sentence with the number marked, its flags, accept (unticked: rejected), its value to correct and, when asked, its note. */
export function CandidateItem({
  candidate: c,
  decision,
  onChange,
  disabled,
  invalid,
  askNote,
  noteLabel,
  text,
}: Props) {
  const id = `candidate-${c.start}-${c.indicator.replace(/[^a-z0-9]/gi, "-")}`;
  return (
    <div className="space-y-1" data-testid="candidate" data-key={c.key}>
      <Sentence sentence={c.sentence} number={c.number} at={c.at} />
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={decision.accepted}
            disabled={disabled}
            onChange={(e) => onChange({ accepted: e.target.checked })}
            className="size-4"
          />
          {text.accept}
        </label>
        <div className="flex items-center gap-2">
          <Label htmlFor={id} className="text-sm">
            {text.value}
          </Label>
          <Input
            id={id}
            inputMode="decimal"
            value={decision.typed}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            onChange={(e) => onChange({ typed: e.target.value, accepted: true })}
            className={cn("h-8 w-36 text-right tabular-nums", invalid && "border-red-600")}
          />
        </div>
        {askNote && decision.accepted && (
          <div className="flex min-w-0 grow items-center gap-2">
            <Label htmlFor={`${id}-note`} className="text-sm">
              {noteLabel}
            </Label>
            <Input
              id={`${id}-note`}
              value={decision.note}
              disabled={disabled}
              maxLength={1000}
              onChange={(e) => onChange({ note: e.target.value })}
              className="h-8 min-w-40 grow"
            />
          </div>
        )}
        {c.estimate && <Badge>{text.estimate}</Badge>}
        {c.approximate && <Badge className="bg-amber-100 text-amber-900">{text.approximate}</Badge>}
        {c.best && !c.approximate && !acceptedByDefault(c) && (
          <Badge className="bg-amber-100 text-amber-900" title={text.uncertainHint}>
            {text.uncertain}
            <span className="sr-only">: {text.uncertainHint}</span>
          </Badge>
        )}
        {c.review.state !== "proposed" && c.review.state !== "pending" && (
          <Badge>{text.reviewStates[c.review.state]}</Badge>
        )}
      </div>
    </div>
  );
}
