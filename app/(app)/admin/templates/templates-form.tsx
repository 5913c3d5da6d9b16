"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label, Textarea } from "@/components/ui/input";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { saveTemplatesAction, type TemplatesState } from "@/lib/reports/actions";
import type { SectionTemplate } from "@/lib/reports/default-templates";

export function TemplatesForm({ sections, text }: { sections: SectionTemplate[]; text: Dictionary["templates"] }) {
  const [state, action, pending] = useActionState<TemplatesState, FormData>(saveTemplatesAction, { ok: false });
  return (
    <form action={action} className="space-y-4">
      {sections.map((s, i) => (
        <fieldset key={i} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-sm font-medium">{s.heading ? `${i + 1}. ${s.heading}` : text.newSection}</legend>
          <input type="hidden" name={`key.${i}`} value={s.key || `section-${i}`} />
          <div className="grid gap-3 md:grid-cols-2">
            <div className="space-y-1">
              <Label htmlFor={`heading-${i}`}>{text.heading}</Label>
              <Input id={`heading-${i}`} name={`heading.${i}`} defaultValue={s.heading} />
            </div>
            <div className="space-y-1">
              <Label htmlFor={`fields-${i}`}>{text.fields}</Label>
              <Input id={`fields-${i}`} name={`fields.${i}`} defaultValue={s.fields.join(", ")} />
            </div>
          </div>
          <div className="space-y-1">
            <Label htmlFor={`sentences-${i}`}>{text.sentences}</Label>
            <Textarea id={`sentences-${i}`} name={`sentences.${i}`} rows={Math.max(3, s.sentences.length * 3)} defaultValue={s.sentences.join("\n")} className="font-mono text-xs" />
          </div>
        </fieldset>
      ))}
      {state.message && (
        <Alert tone={state.ok ? "success" : "error"} data-testid="templates-status">
          {state.message}
          {state.problems && (
            <ul className="list-disc pl-5">
              {state.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <Button type="submit" disabled={pending}>
        {text.save}
      </Button>
    </form>
  );
}
