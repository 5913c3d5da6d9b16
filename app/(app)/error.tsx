"use client";

import { ErrorRecovery } from "@/components/error-recovery";

/** A page of the app failed: the header stays, the page says why and retries (see ErrorRecovery). */
export default function AppError({ retry }: { error: Error; retry: () => void }) {
  return <ErrorRecovery recover={retry} />;
}
