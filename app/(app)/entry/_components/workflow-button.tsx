"use client";

import { useId, useRef } from "react";
import { FormFields, useActionForm, type FormAction } from "@/components/action-form";
import { FieldInput } from "@/components/form-field";
import { Button } from "@/components/ui/button";

interface Props {
  action: FormAction<object>;
  month: string;
  label: string;
  reasonLabel?: string;
  variant?: "default" | "outline" | "destructive";
  /** Asks first, in a dialog: its title, what the step will do, and the word that cancels. */
  confirm?: { title: string; body: React.ReactNode; cancel: string };
}

/**
 * One workflow step (submit, lock, unlock) as a small form; unlocking asks for a reason (kept, with
 * its error beside it, when refused), locking for a confirmation.
 */
export function WorkflowButton({ action, month, label, reasonLabel, variant = "outline", confirm }: Props) {
  const form = useActionForm(action, "workflow");
  const { state, pending } = form;
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <form {...form.formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="month" value={month} />
      {reasonLabel && (
        <div className="space-y-1">
          <FormFields form={form} summary={false}>
            <FieldInput
              name="reason"
              label={reasonLabel}
              placeholder={reasonLabel}
              required
              maxLength={500}
              className="h-8 w-56"
            />
          </FormFields>
        </div>
      )}
      {confirm ? (
        <>
          <Button
            type="button"
            size="sm"
            variant={variant}
            disabled={pending}
            onClick={() => dialog.current?.showModal()}
          >
            {label}
          </Button>
          <dialog
            ref={dialog}
            aria-labelledby={titleId}
            className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg bg-white p-5 shadow-xl backdrop:bg-black/30"
          >
            <h2 id={titleId} className="text-lg font-semibold">
              {confirm.title}
            </h2>
            <div className="mt-2 space-y-2 text-sm text-slate-700">{confirm.body}</div>
            <div className="mt-4 flex justify-end gap-2">
              <Button type="button" variant="outline" autoFocus onClick={() => dialog.current?.close()}>
                {confirm.cancel}
              </Button>
              <Button
                type="submit"
                variant={variant === "outline" ? "default" : variant}
                onClick={() => dialog.current?.close()}
              >
                {label}
              </Button>
            </div>
          </dialog>
        </>
      ) : (
        <Button type="submit" size="sm" variant={variant} disabled={pending}>
          {label}
        </Button>
      )}
      <p
        role="status"
        data-testid="workflow-message"
        className={state?.ok ? "basis-full text-sm text-emerald-800 empty:hidden" : "text-sm text-red-700 empty:hidden"}
      >
        {state?.message}
      </p>
    </form>
  );
}
