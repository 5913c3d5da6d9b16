"use client";

import { useState, useTransition } from "react";
import { FieldError, useField } from "@/components/form-context";
import { FormField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { PeriodKind } from "@/lib/periods/period";
import { previewTemplatesAction } from "@/lib/reports/templates/actions";
import { PreviewResults, type PreviewState } from "./preview-results";
import { sentenceLines } from "@/lib/reports/templates/schema";

/** A section as the form holds it: fields and sentences as typed. */
export interface SectionDraft {
  key: string;
  heading: string;
  fields: string;
  sentences: string;
}

interface Props {
  index: number;
  section: SectionDraft;
  onChange: (patch: Partial<SectionDraft>) => void;
  kind: PeriodKind;
  /** The period the preview fills the sentences with. */
  period: string;
  text: Dictionary["templates"];
}

/** One section's heading, fields and sentences, with a preview of the sentences as typed. */
export function SectionFieldset({ index: i, section: s, onChange, kind, period, text }: Props) {
  const [preview, setPreview] = useState<PreviewState | null>(null);
  const sentences = useField(`sentences.${i}`, text.sentences);
  const [previewing, startPreview] = useTransition();
  const runPreview = () =>
    startPreview(async () => {
      const result = await previewTemplatesAction({ kind, period, sentences: sentenceLines(s.sentences) });
      startPreview(() => setPreview(result));
    });
  const rows = Math.max(3, sentenceLines(s.sentences).length * 3);
  return (
    <fieldset
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`template-section-${i}`}
    >
      <legend className="px-1 text-sm font-medium">{s.heading ? `${i + 1}. ${s.heading}` : text.newSection}</legend>
      <input type="hidden" name={`key.${i}`} value={s.key || `section-${i}`} />
      <div className="grid gap-3 md:grid-cols-2">
        <FormField
          name={`heading.${i}`}
          label={text.heading}
          value={s.heading}
          onChange={(e) => onChange({ heading: e.target.value })}
        />
        <FormField
          name={`fields.${i}`}
          label={text.fields}
          value={s.fields}
          onChange={(e) => onChange({ fields: e.target.value })}
        />
      </div>
      <div className="space-y-1">
        <div className="flex items-end justify-between gap-2">
          <Label htmlFor={sentences.id}>{text.sentences}</Label>
          <Button type="button" variant="outline" size="sm" onClick={runPreview} disabled={previewing || !period}>
            {text.preview}
          </Button>
        </div>
        <Textarea
          id={sentences.id}
          name={`sentences.${i}`}
          rows={rows}
          value={s.sentences}
          onChange={(e) => onChange({ sentences: e.target.value })}
          aria-invalid={sentences.invalid}
          aria-describedby={sentences.describedBy}
          className="font-mono text-xs aria-invalid:border-red-500"
        />
        <FieldError id={sentences.errorId} error={sentences.error} />
      </div>
      <div aria-live="polite">{preview && <PreviewResults state={preview} text={text} />}</div>
    </fieldset>
  );
}
