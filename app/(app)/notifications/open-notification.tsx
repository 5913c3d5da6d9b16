"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";

/** A notification's text as a button: opening it marks it read and goes where it leads. */
export function OpenNotification({
  id,
  label,
  action,
}: {
  id: string;
  label: string;
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
}) {
  const [, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="text-left text-brand-700 underline">
        {label}
      </button>
    </form>
  );
}
