"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/pickers/date-input";
import { Input, Label } from "@/components/ui/input";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { setStatusAction, type ReportActionState } from "@/lib/reports/actions";
import type { ReportWarning } from "@/lib/reports/coverage";
import { SendForSignature } from "./send-for-signature";

/** draft -> for signature -> signed (number, date and the signed PDF). */
export function StatusForms({ id, status, warnings, text, dateText }: { id: string; status: "draft" | "for_signature" | "signed"; warnings: ReportWarning[]; text: Dictionary["reports"]; dateText: Dictionary["pickers"] }) {
  const [state, action, pending] = useActionState<ReportActionState, FormData>(setStatusAction, { ok: false });
  if (status === "signed") return null;
  return (
    <div className="no-print space-y-2" data-testid="status-forms">
      {status === "draft" && <SendForSignature id={id} warnings={warnings} action={action} pending={pending} text={text} />}
      {status === "for_signature" && (
        <div className="flex flex-wrap items-end gap-3">
          <form action={action}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="status" value="draft" />
            <Button type="submit" variant="ghost" disabled={pending}>
              {text.backToDraft}
            </Button>
          </form>
          <form action={action} className="flex flex-wrap items-end gap-2" data-testid="sign-form">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="status" value="signed" />
            <div className="space-y-1">
              <Label htmlFor="sign-number">{text.number}</Label>
              <Input id="sign-number" name="number" type="number" min={1} required className="w-24" />
            </div>
            <div className="space-y-1">
              <Label htmlFor="sign-date">{text.signedOn}</Label>
              <DateInput id="sign-date" name="signedOn" required className="w-40" text={dateText} />
            </div>
            <div className="space-y-1">
              <Label htmlFor="sign-pdf">{text.signedPdf}</Label>
              <Input id="sign-pdf" name="pdf" type="file" accept="application/pdf" required className="w-64" />
            </div>
            <Button type="submit" disabled={pending}>
              {text.sign}
            </Button>
          </form>
        </div>
      )}
      {state.message && <Alert tone={state.ok ? "success" : "error"}>{state.message}</Alert>}
    </div>
  );
}
