"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { ReportWarning } from "@/lib/reports/coverage";

/** *Trình ký*: straight away when nothing needs a look, else after listing every flagged paragraph, unwritten part and figure left out. */
export function SendForSignature({
  id,
  warnings,
  action,
  pending,
  text,
}: {
  id: string;
  warnings: ReportWarning[];
  action: (form: FormData) => void;
  pending: boolean;
  text: Dictionary["reports"];
}) {
  const [confirming, setConfirming] = useState(false);
  const submit = (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="status" value="for_signature" />
      <Button type="submit" variant={confirming ? "default" : "outline"} disabled={pending}>
        {confirming ? text.sendAnyway : text.forSignature}
      </Button>
    </form>
  );
  if (!warnings.length) return submit;
  if (!confirming)
    return (
      <Button variant="outline" onClick={() => setConfirming(true)}>
        {text.forSignature}
      </Button>
    );
  return (
    <div
      role="alertdialog"
      aria-labelledby="signature-warnings-title"
      className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
      data-testid="signature-warnings"
    >
      <p id="signature-warnings-title" className="font-medium">
        {text.warningsTitle}
      </p>
      <ul className="list-disc space-y-0.5 pl-5">
        {warnings.map((w) => (
          <li key={`${w.kind}:${w.key}`}>
            {text.warnings[w.kind]}
            {w.text ? `: ${w.text}` : ""}
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        {submit}
        <Button variant="ghost" onClick={() => setConfirming(false)}>
          {text.keepEditing}
        </Button>
      </div>
    </div>
  );
}
