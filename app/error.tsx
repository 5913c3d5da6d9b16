"use client";

import { ErrorRecovery } from "@/components/error-recovery";
import { errorPageMessages } from "@/lib/i18n/messages/error-page";

/** A page outside the app's layout failed (sign-in, set-up, not allowed, not found). */
export default function RootError({ retry }: { error: Error; retry: () => void }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-2 p-4">
      <p className="text-2xl font-semibold text-brand-900">{errorPageMessages.vi.appName}</p>
      <ErrorRecovery recover={retry} />
    </main>
  );
}
