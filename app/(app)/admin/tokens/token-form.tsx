"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/input";
import { createTokenAction, type TokenFormState } from "@/lib/tokens/actions";

interface Props {
  users: { id: string; label: string }[];
  text: { name: string; user: string; expiry: string; noExpiry: string; days: string; create: string; shownOnce: string; invalid: string; notFound: string; forbidden: string };
}

export function TokenForm({ users, text }: Props) {
  const [state, action, pending] = useActionState<TokenFormState, FormData>(createTokenAction, { ok: false });
  return (
    <form action={action} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <Label htmlFor="token-user">{text.user}</Label>
          <Select id="token-user" name="userId" className="w-full">
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor="token-name">{text.name}</Label>
          <Input id="token-name" name="name" required maxLength={100} />
        </div>
        <div className="space-y-1">
          <Label htmlFor="token-expiry">{text.expiry}</Label>
          <Select id="token-expiry" name="expiresInDays" defaultValue="" className="w-full">
            <option value="">{text.noExpiry}</option>
            {[30, 90, 365].map((days) => (
              <option key={days} value={days}>
                {text.days.replace("{n}", String(days))}
              </option>
            ))}
          </Select>
        </div>
      </div>
      {state.token && (
        <Alert tone="success">
          <p>{text.shownOnce}</p>
          <code className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-sm" data-testid="new-token">
            {state.token}
          </code>
        </Alert>
      )}
      {state.message && <Alert tone="error">{text[state.message]}</Alert>}
      <Button type="submit" disabled={pending}>
        {text.create}
      </Button>
    </form>
  );
}
