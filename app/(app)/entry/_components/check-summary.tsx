"use client";

import { Alert } from "@/components/ui/alert";
import { fill } from "@/lib/i18n/fill";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { fieldId, focusField, type Notice } from "./entry-notices";

/** Every check's message below the grid, each a link to the value or note where it is fixed. */
export function CheckSummary({
  notices,
  text,
  titleId = "check-summary-title",
}: {
  notices: Notice[];
  text: Dictionary["entry"];
  titleId?: string;
}) {
  if (!notices.length) return null;
  return (
    <section aria-labelledby={titleId} className="space-y-1">
      <h2 id={titleId} className="text-sm font-semibold">
        {fill(text.checksTitle, { n: notices.length })}
      </h2>
      <ul className="space-y-1" data-testid="check-issues">
        {notices.map((notice) => (
          <li key={notice.key}>
            <Alert tone={notice.tone} data-code={notice.code}>
              <a
                href={`#${fieldId(notice.target, notice.indicator)}`}
                className="underline decoration-dotted underline-offset-2 hover:decoration-solid"
                onClick={(event) => {
                  event.preventDefault();
                  focusField(notice.target, notice.indicator);
                }}
              >
                {notice.text}
              </a>
            </Alert>
          </li>
        ))}
      </ul>
    </section>
  );
}
