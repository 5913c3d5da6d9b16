"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { WorkflowState } from "@/lib/workflow/actions";

interface Props {
  action: (state: WorkflowState, form: FormData) => Promise<WorkflowState>;
  month: string;
  label: string;
  reasonLabel?: string;
  variant?: "default" | "outline" | "destructive";
}

/** One workflow step (submit, lock, unlock) as a small form; unlocking asks for a reason. */
export function WorkflowButton({ action, month, label, reasonLabel, variant = "outline" }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="month" value={month} />
      {reasonLabel && <Input name="reason" aria-label={reasonLabel} placeholder={reasonLabel} required className="h-8 w-56" />}
      <Button type="submit" size="sm" variant={variant} disabled={pending}>
        {label}
      </Button>
      {state.message && <span className="text-sm text-red-700">{state.message}</span>}
    </form>
  );
}
