"use client";

import { Link } from "@/components/link";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { formatNumber, parseLocaleNumber } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Dictionary, Locale } from "@/lib/i18n/dictionary";
import { applyReportAction } from "@/lib/imports/actions";
import type { ImportView } from "@/lib/imports/data";
import { reviewIssues } from "@/lib/imports/review-checks";
import { parsePeriod } from "@/lib/periods/period";
import { CandidateItem, type Decision } from "./candidate-item";
import type { ReviewIndicator } from "./review-indicator";
import { UnmatchedList } from "./unmatched-list";

interface Props {
  reading: ImportView;
  period: string;
  periodText: string;
  indicators: ReviewIndicator[];
  catalog: CatalogIndicator[];
  locale: Locale;
  /** The entry page's label of a note. */
  noteLabel: string;
  text: Dictionary["history"];
}

type Candidate = ImportView["candidates"][number];

const isTaken = (c: Candidate) => ["proposed", "accepted", "corrected"].includes(c.review.state);

/**
 * The review: per field and indicator, in catalog order, the best candidate and the other readings
 * under it, each accepted, corrected or rejected; the entry page's checks on what is accepted
 * (blocking Áp dụng); the unmatched numbers to assign; then one apply, all or nothing.
 */
export function ReviewForm({ reading, period, periodText, indicators, catalog, locale, noteLabel, text }: Props) {
  const [view, setView] = useState(reading);
  const show = (value: string) => formatNumber(value, { max: 6 }, locale);
  const decisionOf = (c: Candidate): Decision => ({
    accepted: isTaken(c),
    typed: show(c.review.value ?? c.value),
    note: "",
  });
  const [decisions, setDecisions] = useState<Record<string, Decision>>(() =>
    Object.fromEntries(reading.candidates.map((c) => [c.key, decisionOf(c)])),
  );
  const [answer, setAnswer] = useState<Awaited<ReturnType<typeof applyReportAction>> | null>(null);
  // The indicators whose figures the server said need a note: the input stays once asked for.
  const [notesAsked, setNotesAsked] = useState<ReadonlySet<string>>(new Set());
  const [pending, startTransition] = useTransition();
  const applied = Boolean(view.appliedAt) || answer?.ok === true;

  const byIndicator = new Map<string, Candidate[]>();
  for (const c of view.candidates) byIndicator.set(c.indicator, [...(byIndicator.get(c.indicator) ?? []), c]);
  const decide = (c: Candidate, change: Partial<Decision>) =>
    setDecisions((current) => {
      const next = { ...current, [c.key]: { ...current[c.key], ...change } };
      // One figure per indicator: accepting a reading sets the others aside.
      if (change.accepted)
        for (const other of byIndicator.get(c.indicator) ?? [])
          if (other.key !== c.key) next[other.key] = { ...next[other.key], accepted: false };
      return next;
    });

  const accepted = view.candidates.filter((c) => decisions[c.key]?.accepted);
  const parsed = new Map(accepted.map((c) => [c.key, parseLocaleNumber(decisions[c.key].typed, locale)]));
  const values = new Map(
    accepted.flatMap((c) =>
      parsed.get(c.key)?.ok ? [[c.indicator, (parsed.get(c.key) as { value: string }).value] as const] : [],
    ),
  );
  const notes = new Map(accepted.map((c) => [c.indicator, decisions[c.key].note]));
  const issues = reviewIssues({ catalog, period: parsePeriod(period)!, accepted: values, notes, locale });
  const askNote = (code: string) =>
    notesAsked.has(code) || issues.some((i) => i.indicator === code && i.code === "jump");
  const serverErrors = answer && !answer.ok ? answer.fieldErrors : {};
  const invalid = accepted.some((c) => !parsed.get(c.key)?.ok);
  const blocked = invalid || issues.some((i) => i.blocking);

  const apply = () =>
    startTransition(async () => {
      const items = accepted.map((c) => ({
        key: c.key,
        indicator: c.indicator,
        value: values.get(c.indicator)!,
        estimate: c.estimate,
        note: decisions[c.key].note.trim() || undefined,
      }));
      const result = await applyReportAction({ id: view.id, items });
      setAnswer(result);
      const jumps = result.ok
        ? []
        : ((result.details ?? []) as { indicator?: string; code?: string }[]).filter(
            (d) => d.code === "jump" && d.indicator,
          );
      if (jumps.length) setNotesAsked((asked) => new Set([...asked, ...jumps.map((d) => d.indicator!)]));
    });
  const assigned = (next: ImportView) => {
    setView(next);
    setDecisions((current) => ({
      ...Object.fromEntries(next.candidates.map((c) => [c.key, decisionOf(c)])),
      ...current,
    }));
  };

  const fields = [...new Set(indicators.filter((i) => byIndicator.has(i.code)).map((i) => i.field))];
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-600">{text.reviewIntro}</p>
      {fields.map((field) => (
        <section key={field} className="space-y-3" aria-labelledby={`field-${field}`}>
          <h2 id={`field-${field}`} className="text-lg font-semibold">
            {indicators.find((i) => i.field === field)!.fieldName}
          </h2>
          {indicators
            .filter((i) => i.field === field && byIndicator.has(i.code))
            .map((indicator) => {
              const [main, ...others] = [...byIndicator.get(indicator.code)!].sort(
                (a, b) => Number(b.best) - Number(a.best) || a.start - b.start,
              );
              const messages = [
                ...issues.filter((i) => i.indicator === indicator.code).map((i) => i.text),
                ...(serverErrors[indicator.code] ? [serverErrors[indicator.code]] : []),
              ];
              const item = (c: Candidate) => (
                <CandidateItem
                  key={c.key}
                  candidate={c}
                  decision={decisions[c.key]}
                  onChange={(change) => decide(c, change)}
                  disabled={applied || pending}
                  invalid={Boolean(decisions[c.key]?.accepted && !parsed.get(c.key)?.ok)}
                  askNote={askNote(c.indicator)}
                  noteLabel={noteLabel}
                  text={text}
                />
              );
              return (
                <div
                  key={indicator.code}
                  className="space-y-2 rounded-lg border border-slate-200 bg-white p-3"
                  data-testid="review-indicator"
                  data-indicator={indicator.code}
                >
                  <h3 className="font-medium">
                    {indicator.name} <span className="font-normal text-slate-600">({indicator.unit})</span>
                  </h3>
                  {item(main)}
                  {others.length > 0 && (
                    <div className="space-y-2 border-l-2 border-slate-200 pl-3">
                      <p className="text-sm font-medium text-slate-600">{text.others}</p>
                      {others.map(item)}
                    </div>
                  )}
                  {messages.map((m, at) => (
                    <p key={at} className="text-sm text-red-700" role="alert">
                      {m}
                    </p>
                  ))}
                </div>
              );
            })}
        </section>
      ))}
      <UnmatchedList reading={view} indicators={indicators} disabled={applied} onAssigned={assigned} text={text} />
      <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-3" aria-label={text.apply}>
        <p className="text-sm">
          {accepted.length ? fill(text.accepted, { n: accepted.length }) : text.nothingAccepted}
        </p>
        <p className="text-sm text-slate-600">
          {fill(parsePeriod(period)!.kind === "month" ? text.monthTarget : text.periodTarget, { period: periodText })}
        </p>
        {blocked && !applied && <Alert tone="error">{text.blocking}</Alert>}
        {!applied && (
          <Button onClick={apply} disabled={blocked || pending || accepted.length === 0}>
            {text.apply}
          </Button>
        )}
        {answer && !answer.ok && (
          <Alert tone="error" role="alert" data-testid="apply-status">
            {answer.message}
            {(answer.details as { message?: string }[] | undefined)?.map(
              (d, at) => d.message && <div key={at}>{d.message}</div>,
            )}
          </Alert>
        )}
        {answer?.ok && (
          <Alert tone="success" role="status" data-testid="apply-status">
            {fill(text.applied, { n: answer.saved, period: periodText })}{" "}
            <Link href={`/?period=${period}`} className="font-medium underline">
              {fill(text.dashboard, { period: periodText })}
            </Link>
          </Alert>
        )}
        {view.appliedAt && !answer && (
          <Link href={`/?period=${period}`} className="text-sm text-brand-700 underline">
            {fill(text.dashboard, { period: periodText })}
          </Link>
        )}
      </section>
    </div>
  );
}
