"use client";

import { Button, type ButtonProps } from "@/components/ui/button";
import { clsx } from "clsx";
import { useActionForm, type FormAction } from "./action-form";

interface Props<D extends object> extends Pick<ButtonProps, "variant" | "size" | "className"> {
  action: FormAction<D>;
  /** The hidden fields the action reads (an id, a kind). */
  fields: Record<string, string>;
  label: string;
}

/** One step on a record (revoke, remove, reset) as a button; a refusal says why beside it. */
export function ActionButton<D extends object>({ action, fields, label, variant, size, className }: Props<D>) {
  const form = useActionForm(action);
  const refusal = form.state && !form.state.ok ? form.state.message : null;
  return (
    <form {...form.formProps} className={clsx("flex flex-wrap items-center gap-2", className)}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} size={size} disabled={form.pending}>
        {label}
      </Button>
      {refusal && (
        <span role="alert" className="text-sm text-red-700">
          {refusal}
        </span>
      )}
    </form>
  );
}
