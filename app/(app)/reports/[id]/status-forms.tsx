"use client";

import { FormFields, useActionForm } from "@/components/action-form";
import { DateField, FormField } from "@/components/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { setStatusAction } from "@/lib/reports/actions";
import type { ReportWarning } from "@/lib/reports/coverage";
import { SendForSignature } from "./send-for-signature";

/** draft -> for signature -> signed (number, date and the signed PDF); a refused signing keeps what was typed, each problem beside its field. */
export function StatusForms({
  id,
  status,
  warnings,
  text,
  dateText,
}: {
  id: string;
  status: "draft" | "for_signature" | "signed";
  warnings: ReportWarning[];
  text: Dictionary["reports"];
  dateText: Dictionary["pickers"];
}) {
  const form = useActionForm(setStatusAction, "sign");
  if (status === "signed") return null;
  const state = form.state;
  return (
    <div className="no-print space-y-2" data-testid="status-forms">
      {status === "draft" && (
        <SendForSignature
          id={id}
          warnings={warnings}
          action={form.formProps.action}
          pending={form.pending}
          text={text}
        />
      )}
      {status === "for_signature" && (
        <div className="flex flex-wrap items-end gap-3">
          <form {...form.formProps}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="status" value="draft" />
            <Button type="submit" variant="ghost" disabled={form.pending}>
              {text.backToDraft}
            </Button>
          </form>
          <form {...form.formProps} className="flex flex-wrap items-start gap-2" data-testid="sign-form">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="status" value="signed" />
            <FormFields form={form} summary={false}>
              <FormField name="number" label={text.number} type="number" min={1} required className="w-24 space-y-1" />
              <DateField name="signedOn" label={text.signedOn} required className="w-40" text={dateText} />
              <FormField
                name="pdf"
                label={text.signedPdf}
                type="file"
                accept="application/pdf"
                required
                className="w-64 space-y-1"
              />
            </FormFields>
            <Button type="submit" disabled={form.pending} className="mt-6">
              {text.sign}
            </Button>
          </form>
        </div>
      )}
      {state && !state.ok && Object.keys(state.fieldErrors).length === 0 && (
        <Alert tone="error" role="alert">
          {state.message}
        </Alert>
      )}
    </div>
  );
}
