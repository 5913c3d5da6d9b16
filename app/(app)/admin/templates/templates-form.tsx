"use client";

import { useState } from "react";
import { FormFields, FormStatus, useActionForm } from "@/components/action-form";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { PeriodChoice } from "@/lib/periods/choices";
import type { PeriodKind } from "@/lib/periods/period";
import type { SectionTemplate } from "@/lib/reports/templates/types";
import { saveTemplatesAction } from "@/lib/reports/templates/actions";
import { SectionFieldset, type SectionDraft } from "./section-fieldset";

interface Props {
  kind: PeriodKind;
  /** The kind's stored sections (or defaults), and a blank one to add. */
  sections: SectionTemplate[];
  /** The kind's periods to preview against, latest first. */
  periods: PeriodChoice[];
  initialPeriod: string;
  text: Dictionary["templates"];
}

const draftsOf = (sections: SectionTemplate[]): SectionDraft[] =>
  sections.map((s) => ({
    key: s.key,
    heading: s.heading,
    fields: s.fields.join(", "),
    sentences: s.sentences.join("\n"),
  }));

/** One kind's sections as typed: a refused save keeps them, each problem beside its section; a save or a reset shows what is stored. */
export function TemplatesForm({ kind, sections, periods, initialPeriod, text }: Props) {
  const form = useActionForm(saveTemplatesAction, "templates");
  const stored = JSON.stringify(sections);
  const [shown, setShown] = useState(stored);
  const [drafts, setDrafts] = useState(() => draftsOf(sections));
  const [period, setPeriod] = useState(initialPeriod);
  if (stored !== shown) {
    setShown(stored);
    setDrafts(draftsOf(sections));
  }
  const update = (index: number, patch: Partial<SectionDraft>) =>
    setDrafts((all) => all.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <form {...form.formProps} className="space-y-4">
      <input type="hidden" name="kind" value={kind} />
      <div className="flex flex-wrap items-center gap-2">
        <Label htmlFor="preview-period">{text.previewPeriod}</Label>
        <Select id="preview-period" value={period} onChange={(e) => setPeriod(e.target.value)}>
          {periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </Select>
      </div>
      <FormFields form={form}>
        {drafts.map((section, i) => (
          <SectionFieldset
            key={i}
            index={i}
            section={section}
            onChange={(patch) => update(i, patch)}
            kind={kind}
            period={period}
            text={text}
          />
        ))}
      </FormFields>
      <FormStatus state={form.state} />
      <Button type="submit" disabled={form.pending}>
        {text.save}
      </Button>
    </form>
  );
}
