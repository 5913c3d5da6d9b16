"use client";

import { FormFields, useActionForm } from "@/components/action-form";
import { FieldInput } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { addActivityAction, removeActivityAction } from "@/lib/activities/actions";
import type { Dictionary } from "@/lib/i18n/dictionary";

/** A refusal (a locked month) said beside the form, unless it is the text's own, said under the text. */
function Refusal({ state, className }: { state: ReturnType<typeof useActionForm>["state"]; className: string }) {
  if (!state || state.ok || state.fieldErrors.text) return null;
  return (
    <span className={className} role="alert">
      {state.message}
    </span>
  );
}

/** Adds an item; the text typed stays when it is refused, with why under it. */
export function ActivityForm({
  month,
  field,
  kind,
  text,
}: {
  month: string;
  field: string;
  kind: "done" | "plan";
  text: Dictionary["activities"];
}) {
  const form = useActionForm(addActivityAction, `${field}-${kind}`);
  return (
    <form {...form.formProps} className="flex flex-wrap items-start gap-2">
      <input type="hidden" name="month" value={month} />
      <input type="hidden" name="field" value={field} />
      <input type="hidden" name="kind" value={kind} />
      <div className="min-w-0 flex-1">
        <FormFields form={form} summary={false}>
          <FieldInput name="text" label={text[kind]} placeholder={text.placeholder} required minLength={3} />
        </FormFields>
      </div>
      <Button type="submit" size="sm" variant="outline" disabled={form.pending}>
        {text.add}
      </Button>
      <Refusal state={form.state} className="basis-full text-sm text-red-700" />
    </form>
  );
}

export function RemoveActivityForm({ id, text }: { id: string; text: Dictionary["activities"] }) {
  const form = useActionForm(removeActivityAction, id);
  return (
    <form {...form.formProps} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <Refusal state={form.state} className="text-xs text-red-700" />
      <button type="submit" className="text-xs text-red-700 underline" disabled={form.pending}>
        {text.remove}
      </button>
    </form>
  );
}
