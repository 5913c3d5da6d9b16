"use client";

import { DateInput } from "@/components/pickers/date-input";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { clsx } from "clsx";
import { FieldError, useField } from "./form-context";

// Fields of a form posting to a server action (components/action-form.tsx): each shows its own
// error from the action's answer under it, tied to it by aria-invalid and aria-describedby.

type Named<P> = Omit<P, "id" | "name"> & { name: string; label: string };

function Hint({ id, hint }: { id?: string; hint?: React.ReactNode }) {
  return hint ? (
    <p id={id} className="text-xs text-slate-600">
      {hint}
    </p>
  ) : null;
}

/** An input without a visible label (a table's cell, an inline form): `label` is its accessible name. */
export function FieldInput({ name, label, className, ...props }: Named<React.ComponentProps<"input">>) {
  const field = useField(name, label);
  return (
    <>
      <Input
        id={field.id}
        name={name}
        aria-label={label}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className={className}
        {...props}
      />
      <FieldError id={field.errorId} error={field.error} />
    </>
  );
}

/** A labelled input, with an optional hint read out with it. */
export function FormField({
  name,
  label,
  hint,
  className,
  ...props
}: Named<React.ComponentProps<"input">> & { hint?: React.ReactNode }) {
  const field = useField(name, label, Boolean(hint));
  return (
    <div className={className ?? "space-y-1"}>
      <Label htmlFor={field.id}>{label}</Label>
      <Input id={field.id} name={name} aria-invalid={field.invalid} aria-describedby={field.describedBy} {...props} />
      <Hint id={field.hintId} hint={hint} />
      <FieldError id={field.errorId} error={field.error} />
    </div>
  );
}

export function SelectField({ name, label, className, children, ...props }: Named<React.ComponentProps<"select">>) {
  const field = useField(name, label);
  return (
    <div className={className ?? "space-y-1"}>
      <Label htmlFor={field.id}>{label}</Label>
      <Select
        id={field.id}
        name={name}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className="w-full aria-invalid:border-red-500"
        {...props}
      >
        {children}
      </Select>
      <FieldError id={field.errorId} error={field.error} />
    </div>
  );
}

export function TextareaField({
  name,
  label,
  hint,
  className,
  ...props
}: Named<React.ComponentProps<"textarea">> & { hint?: React.ReactNode }) {
  const field = useField(name, label, Boolean(hint));
  return (
    <div className="space-y-1">
      <Label htmlFor={field.id}>{label}</Label>
      <Textarea
        id={field.id}
        name={name}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        className={clsx("aria-invalid:border-red-500", className)}
        {...props}
      />
      <Hint id={field.hintId} hint={hint} />
      <FieldError id={field.errorId} error={field.error} />
    </div>
  );
}

/** A date typed as dd/mm/yyyy (components/pickers/date-input.tsx), sent as YYYY-MM-DD. */
export function DateField({ name, label, ...props }: Named<React.ComponentProps<typeof DateInput>>) {
  const field = useField(name, label);
  return (
    <div className="space-y-1">
      <Label htmlFor={field.id}>{label}</Label>
      <DateInput id={field.id} name={name} errorId={field.error ? field.errorId : undefined} {...props} />
      <FieldError id={field.errorId} error={field.error} />
    </div>
  );
}
