"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { signInErrorMessage } from "@/lib/auth/sign-in-error";
import { sameOriginPath } from "@/lib/security/redirect";

interface Props {
  text: {
    username: string;
    password: string;
    submit: string;
    submitting: string;
    invalid: string;
    lockedOut: string;
    required: string;
  };
}

/** Only a path of this site may be followed after sign-in (never `//host` or `/\host`). */
function safeCallback(value: string | null): string {
  return (value ? sameOriginPath(value, window.location.origin) : null) ?? "/";
}

export function LoginForm({ text }: Props) {
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(() =>
    params.get("error") ? signInErrorMessage(params.get("error"), text) : null,
  );
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) return setError(text.required);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { username, password, redirect: false });
    setPending(false);
    if (!result || result.error) return setError(signInErrorMessage(result?.error, text));
    router.replace(safeCallback(params.get("callbackUrl")));
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div className="space-y-1">
        <Label htmlFor="username">{text.username}</Label>
        <Input id="username" name="username" autoComplete="username" autoFocus required />
      </div>
      <div className="space-y-1">
        <Label htmlFor="password">{text.password}</Label>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      {error && (
        <Alert tone="error" data-testid="login-error" role="alert">
          {error}
        </Alert>
      )}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? text.submitting : text.submit}
      </Button>
    </form>
  );
}
