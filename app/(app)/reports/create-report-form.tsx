"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/input";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { createReportAction, type ReportActionState } from "@/lib/reports/actions";

export function CreateReportForm({ kinds, text }: { kinds: { value: string; label: string }[]; text: Dictionary["reports"] }) {
  const [state, action, pending] = useActionState<ReportActionState, FormData>(createReportAction, { ok: false });
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <Label htmlFor="report-kind">{text.kind}</Label>
        <Select id="report-kind" name="kind" defaultValue="nine">
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="report-period">{text.period}</Label>
        <Input id="report-period" name="period" required placeholder={text.periodHint} className="w-44" />
      </div>
      <Button type="submit" disabled={pending}>
        {text.create}
      </Button>
      {state.message && <Alert tone="error">{state.message}</Alert>}
    </form>
  );
}
