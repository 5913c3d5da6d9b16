"use client";

import { useRouter } from "next/navigation";
import { ErrorBoundary } from "react-error-boundary";

/** A widget that fails shows so in its place; the rest of the page stays usable. */
export function WidgetBoundary({
  message,
  retry,
  children,
}: {
  message: string;
  retry: string;
  children: React.ReactNode;
}) {
  const router = useRouter();
  return (
    <ErrorBoundary
      fallbackRender={({ resetErrorBoundary }) => (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800">
          {message}{" "}
          <button
            type="button"
            className="font-medium underline"
            onClick={() => {
              router.refresh();
              resetErrorBoundary();
            }}
          >
            {retry}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
