"use client";

import { FormFields, FormStatus, useActionForm } from "@/components/action-form";
import { FieldInput } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { saveTargetsAction } from "@/lib/targets/actions";

/** The year's targets, one input per indicator; a refused save keeps every target typed and names each refused one beside it. */
export function TargetsForm({
  year,
  editable,
  text,
  children,
}: {
  year: number;
  editable: boolean;
  text: Dictionary["targets"];
  children: React.ReactNode;
}) {
  const form = useActionForm(saveTargetsAction, "targets");
  return (
    <form {...form.formProps} className="space-y-4" data-testid="targets-form">
      <input type="hidden" name="year" value={year} />
      <FormFields form={form}>{children}</FormFields>
      <FormStatus state={form.state} />
      {editable && (
        <Button type="submit" disabled={form.pending} className="sticky bottom-4">
          {text.save}
        </Button>
      )}
    </form>
  );
}

/** One indicator's target, typed the user's way. */
export function TargetInput({
  code,
  label,
  defaultValue,
  disabled,
}: {
  code: string;
  label: string;
  defaultValue: string;
  disabled: boolean;
}) {
  return (
    <FieldInput
      name={`target:${code}`}
      label={label}
      defaultValue={defaultValue}
      disabled={disabled}
      inputMode="decimal"
      className="h-8 px-2 text-right tabular-nums"
    />
  );
}
