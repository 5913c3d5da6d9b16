"use client";

import { Button } from "@/components/ui/button";
import { fill } from "@/lib/i18n/fill";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { reportCoverage } from "@/lib/reports/coverage";
import type { PeriodFigure, ReportContent, ReportParagraph } from "@/lib/reports/types";

/** How many of the period's figures the page states, as it now stands, and the ones it does not, each with a way back in. */
export function CoveragePanel({
  content,
  paragraphs,
  readOnly,
  onAdd,
  text,
}: {
  content: ReportContent;
  paragraphs: ReportParagraph[];
  readOnly: boolean;
  onAdd: (figure: PeriodFigure) => void;
  text: Dictionary["reports"];
}) {
  if (!content.figures) return null;
  const coverage = reportCoverage({ ...content, paragraphs });
  const complete = coverage.leftOut.length === 0;
  return (
    <section
      className={
        complete
          ? "no-print text-sm text-emerald-800"
          : "no-print space-y-1 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
      }
      data-testid="report-coverage"
      aria-live="polite"
    >
      <p className="font-medium">{fill(text.coverage, { stated: coverage.stated, total: coverage.total })}</p>
      {!complete && (
        <>
          <p>{text.leftOut}</p>
          <ul className="space-y-1">
            {coverage.leftOut.map((f) => (
              <li key={f.code} className="flex flex-wrap items-center gap-2">
                <span>
                  {f.name}: <strong>{f.printed}</strong>
                </span>
                {!readOnly && (
                  <Button variant="outline" size="sm" onClick={() => onAdd(f)}>
                    {text.addFigure}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
