"use client";

import { Button } from "@/components/ui/button";

// next-auth's client is loaded on the click, not with every page.
const signOut = async () => (await import("next-auth/react")).signOut({ callbackUrl: "/login" });

export function SignOutButton({ label }: { label: string }) {
  return (
    <Button variant="outline" size="sm" onClick={() => void signOut()}>
      {label}
    </Button>
  );
}
