import { ActionForm } from "@/components/action-form";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatDateTime } from "@/lib/format/date";
import { fill, type Dictionary, type Locale } from "@/lib/i18n/dictionary";
import { submitReportAction } from "@/lib/submissions/actions";
import { onTime, type findReportSubmissions } from "@/lib/submissions/data";

type Sent = Awaited<ReturnType<typeof findReportSubmissions>>[number];

const tones: Record<string, string> = {
  submitted: "bg-sky-100 text-sky-900",
  accepted: "bg-emerald-100 text-emerald-800",
  returned: "bg-red-100 text-red-800",
};

/** Gửi Bộ: a signed report sent up to the parent, and every time it was sent, with the parent's decision. */
export function SubmissionPanel({
  reportId,
  signed,
  parent,
  submissions,
  locale,
  text,
}: {
  reportId: string;
  signed: boolean;
  parent: { name: string };
  submissions: Sent[];
  locale: Locale;
  text: Dictionary["submissions"];
}) {
  const waiting = submissions.some((s) => s.state !== "returned");
  return (
    <section
      className="no-print space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      aria-labelledby="submission-title"
      data-testid="submission-panel"
    >
      <h2 id="submission-title" className="font-medium">
        {text.sendTitle}
      </h2>
      {signed && !waiting && (
        <ActionForm action={submitReportAction} submitLabel={text.send} testId="submit-report">
          <input type="hidden" name="reportId" value={reportId} />
          <p className="text-sm text-slate-600">{fill(text.sendHint, { parent: parent.name })}</p>
        </ActionForm>
      )}
      {submissions.length > 0 && (
        <ul className="space-y-2 text-sm" aria-label={text.history}>
          {submissions.map((s) => (
            <li key={s.id} data-testid="submission" data-state={s.state}>
              <Badge className={tones[s.state]}>{text.states[s.state]}</Badge> · {text.submittedAt}{" "}
              {formatDateTime(s.submittedAt, locale)} · {text.due} {formatDate(s.due, locale, "UTC")} ·{" "}
              {onTime(s) ? text.onTime : text.late}
              {s.reason && <p className="mt-1 text-red-800">{fill(text.returnedNote, { reason: s.reason })}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
