"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { FormState } from "@/lib/org/actions";

type Message = NonNullable<FormState["message"]>;

interface Props {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  messages: Record<Message, string>;
  submitLabel: string;
  children: React.ReactNode;
  className?: string;
  testId?: string;
}

/** A form posting to a server action, showing the answer and the fields it refused. */
export function ActionForm({ action, messages, submitLabel, children, className, testId }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className={cn("space-y-3", className)} data-testid={testId}>
      {children}
      {state.message && (
        <Alert tone={state.ok ? "success" : "error"} data-testid="form-status">
          {messages[state.message].replace("{minutes}", String(state.minutes))}
          {state.errors && (
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(state.errors).map(([field, error]) => (
                <li key={field}>
                  {field}: {error}
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
