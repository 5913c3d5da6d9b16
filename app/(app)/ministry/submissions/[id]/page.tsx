import { Link } from "@/components/link";
import { ActionForm } from "@/components/action-form";
import { TextareaField } from "@/components/form-field";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { hasRole, reportRoles } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { findIndicators } from "@/lib/catalog/data";
import { formatDateTime } from "@/lib/format/date";
import { formatNumber } from "@/lib/format/number";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { pageTitle } from "@/lib/i18n/metadata";
import { periodLabel } from "@/lib/periods/labels";
import { parsePeriod } from "@/lib/periods/period";
import { acceptSubmissionAction, returnSubmissionAction } from "@/lib/submissions/actions";
import { getReceivedSubmission } from "@/lib/submissions/data";
import { localName, localUnit } from "@/lib/i18n/local-name";

export const generateMetadata = pageTitle((t) => t.ministry.title);

export const dynamic = "force-dynamic";

/** One report a department sent: its signed text and frozen figures; the parent accepts it or returns it with a reason. */
export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const t = getDictionary(user.locale);
  const [submission, catalog] = await Promise.all([
    getReceivedSubmission({ actor: user, id: (await params).id }),
    findIndicators(),
  ]);
  const period = parsePeriod(submission.period)!;
  const decides = submission.state === "submitted" && hasRole(user, reportRoles);
  const figures = catalog.filter((i) => submission.figures[i.code]);
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/ministry?period=${submission.period}`} className="text-brand-700 underline">
          {t.ministry.back}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        {fill(t.ministry.detail, {
          period: periodLabel(period, user.locale),
          organisation: submission.organisationName,
        })}
      </h1>
      <p>
        <Badge data-testid="submission-state">{t.submissions.states[submission.state]}</Badge>
        {submission.reason && (
          <span className="ml-2 text-red-800">{fill(t.submissions.returnedNote, { reason: submission.reason })}</span>
        )}
      </p>
      {decides && (
        <div className="grid gap-4 md:grid-cols-2">
          <ActionForm action={acceptSubmissionAction} submitLabel={t.submissions.accept} testId="accept-submission">
            <input type="hidden" name="id" value={submission.id} />
          </ActionForm>
          <ActionForm action={returnSubmissionAction} submitLabel={t.submissions.return} testId="return-submission">
            <input type="hidden" name="id" value={submission.id} />
            <TextareaField
              name="reason"
              label={t.submissions.reason}
              hint={t.submissions.reasonHint}
              rows={3}
              required
            />
          </ActionForm>
        </div>
      )}
      <Card>
        <CardHeader>
          <CardTitle>{t.ministry.text}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-2" data-testid="submission-text">
          <p className="text-center font-semibold">{submission.content.header.summary}</p>
          {submission.content.paragraphs.map((p) =>
            p.style === "body" ? (
              <p key={p.key}>{p.text}</p>
            ) : (
              <h3 key={p.key} className="font-semibold">
                {p.text}
              </h3>
            ),
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t.ministry.figures}</CardTitle>
        </CardHeader>
        <CardContent className="p-0">
          <Table data-testid="submission-figures">
            <thead>
              <tr>
                <Th>{t.ministry.indicator}</Th>
                <Th className="text-right">{t.ministry.value}</Th>
              </tr>
            </thead>
            <tbody>
              {figures.map((i) => {
                const figure = submission.figures[i.code];
                return (
                  <tr key={i.code}>
                    <Td>
                      {localName(i, user.locale)}{" "}
                      <span className="text-xs text-slate-500">({localUnit(i, user.locale)})</span>
                    </Td>
                    <Td className="whitespace-nowrap text-right tabular-nums">
                      {formatNumber(figure.value, { max: i.decimals }, user.locale)}
                      {figure.estimate && <span className="ml-1 text-xs text-slate-500">({t.ministry.estimate})</span>}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </CardContent>
      </Card>
      <section className="text-sm text-slate-600">
        <h2 className="font-medium">{t.ministry.history}</h2>
        <ul>
          {submission.events.map((e, i) => (
            <li key={i}>
              {formatDateTime(e.at, user.locale)} · {t.submissions.actions[e.action]} · {e.user?.displayName}{" "}
              {e.reason ? `· ${e.reason}` : ""}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
