"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { saveTargetsAction, type TargetsState } from "@/lib/targets/actions";

export function TargetsForm({ year, editable, text, children }: { year: number; editable: boolean; text: Dictionary["targets"]; children: React.ReactNode }) {
  const [state, action, pending] = useActionState<TargetsState, FormData>(saveTargetsAction, { ok: false });
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="year" value={year} />
      {children}
      {state.message && <Alert tone={state.ok ? "success" : "error"} data-testid="targets-status">{state.message}</Alert>}
      {editable && (
        <Button type="submit" disabled={pending} className="sticky bottom-4">
          {text.save}
        </Button>
      )}
    </form>
  );
}
