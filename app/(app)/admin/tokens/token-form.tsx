"use client";

import { FormFields, FormStatus, useActionForm } from "@/components/action-form";
import { FormField, SelectField } from "@/components/form-field";
import { Button } from "@/components/ui/button";
import { createTokenAction } from "@/lib/tokens/actions";

interface Props {
  users: { id: string; label: string }[];
  text: { name: string; user: string; expiry: string; noExpiry: string; days: string; create: string };
}

/** A new API token for an account; shown once, by the button, when created. */
export function TokenForm({ users, text }: Props) {
  const form = useActionForm(createTokenAction, "token");
  return (
    <form {...form.formProps} className="space-y-3" data-testid="token-form">
      <FormFields form={form}>
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField name="userId" label={text.user}>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </SelectField>
          <FormField name="name" label={text.name} required maxLength={100} />
          <SelectField name="expiresInDays" label={text.expiry} defaultValue="">
            <option value="">{text.noExpiry}</option>
            {[30, 90, 365].map((days) => (
              <option key={days} value={days}>
                {text.days.replace("{n}", String(days))}
              </option>
            ))}
          </SelectField>
        </div>
      </FormFields>
      {form.state?.ok && (
        <FormStatus state={form.state}>
          <code className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-sm" data-testid="new-token">
            {form.state.token}
          </code>
        </FormStatus>
      )}
      <Button type="submit" disabled={form.pending}>
        {text.create}
      </Button>
    </form>
  );
}
