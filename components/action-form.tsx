"use client";

import { Fragment, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { clsx } from "clsx";
import { FieldsContext, fieldId, type FieldsState } from "./form-context";

// Forms posting to a server action (lib/actions/define.ts). A refused save keeps what was typed:
// the form is sent by hand, so React does not reset its fields; a summary at the top links to
// each refused field, whose own message sits under it. After a save the fields show what is stored.

export type FormAction<D extends object> = (previous: unknown, form: FormData) => Promise<ActionResult<D>>;

export function useActionForm<D extends object>(action: FormAction<D>, idKey = "") {
  const [state, dispatch, pending] = useActionState<ActionResult<D> | null, FormData>(action, null);
  // One map for the form's life, which its fields fill with their labels as they render.
  const [labels] = useState(() => new Map<string, string>());
  // Counts saves: each one mounts the fields afresh with the values the server now holds.
  const [saves, setSaves] = useState(0);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setSaves(saves + 1);
  }
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    // Posted by hand: as the form's action, React would reset every field once the answer came, refused or not.
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  };
  const fields: FieldsState = { idKey, errors: state?.ok === false ? state.fieldErrors : {}, labels };
  return { state, pending, saves, fields, formProps: { action: dispatch, onSubmit, noValidate: true } };
}

export type ActionFormState<D extends object> = ReturnType<typeof useActionForm<D>>;

/** The form's fields with their errors, under the summary of a refusal (leave it out in a one-line form). */
export function FormFields<D extends object>({
  form,
  summary = true,
  children,
}: {
  form: ActionFormState<D>;
  summary?: boolean;
  children: React.ReactNode;
}) {
  return (
    <FieldsContext.Provider value={form.fields}>
      {summary && <FormSummary state={form.state} fields={form.fields} />}
      <Fragment key={form.saves}>{children}</Fragment>
    </FieldsContext.Provider>
  );
}

/** A refusal: why, then each refused field as a link to it. Takes the focus, so it is read out at once. */
export function FormSummary({ state, fields }: { state: ActionResult | null; fields: FieldsState }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) box.current?.focus();
  }, [state]);
  if (!state || state.ok) return null;
  const errors = Object.entries(state.fieldErrors);
  return (
    <Alert
      tone="error"
      ref={box}
      tabIndex={-1}
      className="outline-none focus:ring-2 focus:ring-red-300"
      data-testid="form-summary"
    >
      <p className="font-medium">{state.message}</p>
      {errors.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {errors.map(([name, error]) => {
            const label = fields.labels.get(name);
            const id = fieldId(name, fields.idKey);
            return (
              <li key={name} className="whitespace-pre-line">
                {label ? (
                  <a
                    href={`#${id}`}
                    className="underline"
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(id)?.focus();
                    }}
                  >
                    {label}: {error}
                  </a>
                ) : (
                  error
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Alert>
  );
}

/** What a save says when it succeeds, where the user's eyes are: by the button; `children` add what it returned. */
export function FormStatus({
  state,
  className,
  children,
}: {
  state: ActionResult | null;
  className?: string;
  children?: React.ReactNode;
}) {
  if (!state?.ok || !state.message) return null;
  return (
    <Alert tone="success" role="status" className={className} data-testid="form-status">
      <p>{state.message}</p>
      {children}
    </Alert>
  );
}

interface Props<D extends object> {
  action: FormAction<D>;
  submitLabel: string;
  children: React.ReactNode;
  /** Tells apart forms of the same kind on a page (one per unit, say). */
  idKey?: string;
  className?: string;
  testId?: string;
}

/** A form posting to a server action: its fields, the summary of a refusal at the top, the confirmation by the button. */
export function ActionForm<D extends object>({ action, submitLabel, children, idKey, className, testId }: Props<D>) {
  const form = useActionForm(action, idKey);
  return (
    <form {...form.formProps} className={clsx("space-y-3", className)} data-testid={testId}>
      <FormFields form={form}>{children}</FormFields>
      <FormStatus state={form.state} />
      <Button type="submit" disabled={form.pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
