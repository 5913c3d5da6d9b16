"use client";

import { useActionState, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { addActivityAction, removeActivityAction, type ActivityState } from "@/lib/activities/actions";
import type { Dictionary } from "@/lib/i18n/dictionary";

export function ActivityForm({ month, field, kind, text }: { month: string; field: string; kind: "done" | "plan"; text: Dictionary["activities"] }) {
  const form = useRef<HTMLFormElement>(null);
  const [state, action, pending] = useActionState<ActivityState, FormData>(async (previous, data) => {
    const result = await addActivityAction(previous, data);
    if (result.ok) form.current?.reset();
    return result;
  }, { ok: false });
  return (
    <form ref={form} action={action} className="flex gap-2">
      <input type="hidden" name="month" value={month} />
      <input type="hidden" name="field" value={field} />
      <input type="hidden" name="kind" value={kind} />
      <Input name="text" aria-label={text[kind]} placeholder={text.placeholder} required minLength={3} />
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {text.add}
      </Button>
      {state.message && <span className="text-sm text-red-700" role="alert">{state.message}</span>}
    </form>
  );
}

export function RemoveActivityForm({ id, text }: { id: string; text: Dictionary["activities"] }) {
  const [state, action, pending] = useActionState<ActivityState, FormData>(removeActivityAction, { ok: false });
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      {state.message && <span className="text-xs text-red-700" role="alert">{state.message}</span>}
      <button type="submit" className="text-xs text-red-700 underline" disabled={pending}>
        {text.remove}
      </button>
    </form>
  );
}
