"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { dictionaries } from "@/lib/i18n/dictionary";

// The user's language may be what failed to load, so both are shown.
const { vi, en } = dictionaries;

export default function AppError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-md space-y-3 py-12 text-center">
      <Alert tone="error">
        {vi.errors.internal} · {en.errors.internal}
      </Alert>
      <Button variant="outline" onClick={reset}>
        {vi.errors.retry} · {en.errors.retry}
      </Button>
    </div>
  );
}
