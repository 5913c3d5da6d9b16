"use client";

import { createContext, useContext } from "react";

// What a form's fields need of the form's last answer: their own error, and ids that tie it to them.

export interface FieldsState {
  /** Tells apart forms of the same kind on a page (one per unit, say). */
  idKey: string;
  errors: Record<string, string>;
  /** Each field's label, for the error summary's links; filled as the fields render. */
  labels: Map<string, string>;
}

export const FieldsContext = createContext<FieldsState | null>(null);

/** A field's element id: `f-<name>-<idKey>`, with characters ids and links dislike replaced. */
export function fieldId(name: string, idKey = ""): string {
  return `f-${name.replace(/[^\w-]/g, "_")}-${idKey}`;
}

/** A field's id, its error from the form's last answer, and the attributes that tie the error (and a hint) to it. */
export function useField(name: string, label: string, hasHint = false) {
  const form = useContext(FieldsContext);
  const id = fieldId(name, form?.idKey);
  // Written during render, and the same on every render: the summary reads it after a refusal.
  form?.labels.set(name, label);
  const error = form?.errors[name];
  const errorId = `${id}-error`;
  const hintId = hasHint ? `${id}-hint` : undefined;
  const describedBy = [error ? errorId : null, hintId].filter(Boolean).join(" ") || undefined;
  return { id, error, errorId, hintId, describedBy, invalid: error ? true : undefined };
}

/** A field's error, right under it; its id is in the field's aria-describedby. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="whitespace-pre-line text-sm text-red-700" data-testid="field-error">
      {error}
    </p>
  );
}
