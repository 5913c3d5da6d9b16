"use client";

import { ErrorRecovery } from "@/components/error-recovery";
import { errorPageMessages } from "@/lib/i18n/messages/error-page";
import "./globals.css";

const reload = () => window.location.reload();

/**
 * The root layout itself failed (for a signed-in user it reads the account, so this is what a
 * stopped database shows): a whole document of its own, which reloads once things work again.
 */
export default function GlobalError() {
  const { vi } = errorPageMessages;
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans">
        <title>{`${vi.title} · ${vi.appName}`}</title>
        <main className="flex min-h-screen flex-col items-center justify-center gap-2 p-4">
          <p className="text-2xl font-semibold text-brand-900">{vi.appName}</p>
          <ErrorRecovery recover={reload} />
        </main>
      </body>
    </html>
  );
}
