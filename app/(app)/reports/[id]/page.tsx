import { Link } from "@/components/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { reportRoles } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format/date";
import { getDictionary } from "@/lib/i18n/dictionary";
import { reportWarnings } from "@/lib/reports/coverage";
import { getReport } from "@/lib/reports/data";
import { ReportEditor } from "./report-editor";
import { StatusForms } from "./status-forms";
import { SubmissionPanel } from "./submission-panel";
import { findParentOf, findReportSubmissions } from "@/lib/submissions/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle((t) => t.reports.title);

export const dynamic = "force-dynamic";

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole(...reportRoles);
  const t = getDictionary(user.locale);
  const { id } = await params;
  const [report, parent, submissions] = await Promise.all([
    getReport({ organisationId: user.organisationId, id }),
    findParentOf({ organisationId: user.organisationId }),
    findReportSubmissions({ actor: user, reportId: id }),
  ]);
  const signed = report.status === "signed";
  return (
    // report-print: the report's A4 portrait page with the official margins (app/globals.css).
    <div className="report-print space-y-4">
      <div className="no-print flex flex-wrap items-center gap-3">
        <Link href="/reports" className="text-sm text-brand-700 underline">
          {t.reports.title}
        </Link>
        <Badge data-testid="report-status">{t.reports.statuses[report.status]}</Badge>
        <a href={`/api/v1/reports/${id}/docx`} className="text-sm text-brand-700 underline" download>
          {t.reports.docx}
        </a>
        {signed && (
          <a href={`/reports/${id}/signed`} className="text-sm text-brand-700 underline">
            {t.reports.signedFile}
          </a>
        )}
      </div>
      {signed && (
        <Alert tone="info" className="no-print" data-testid="report-frozen">
          {t.reports.frozen}
        </Alert>
      )}
      {report.status === "for_signature" && (
        <Alert tone="warning" className="no-print" data-testid="report-read-only">
          {t.reports.readOnlyForSignature}
        </Alert>
      )}
      <StatusForms
        id={id}
        status={report.status}
        warnings={report.status === "draft" ? reportWarnings(report.content) : []}
        text={t.reports}
        dateText={t.pickers}
      />
      {parent && (
        <SubmissionPanel
          reportId={id}
          signed={signed}
          parent={parent}
          submissions={submissions}
          locale={user.locale}
          text={t.submissions}
        />
      )}
      <ReportEditor
        id={id}
        version={report.version}
        content={report.content}
        readOnly={report.status !== "draft"}
        text={t.reports}
      />
      <section className="no-print text-sm text-slate-600">
        <h2 className="font-medium">{t.reports.history}</h2>
        <ul>
          {report.events.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.at, user.locale)} · {t.reports.statuses[e.status]} · {e.user?.displayName}{" "}
              {e.note ? `· ${e.note}` : ""}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
