import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { canCompileReports } from "@/lib/auth/roles";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { namedAt } from "@/lib/catalog/dated";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { InputJsonValue } from "@/lib/generated/prisma/internal/prismaNamespace";
import { notify, usersWith } from "@/lib/notifications/notify";
import { getProfileAt } from "@/lib/org/data";
import { parsePeriod, periodRange, type Period, type PeriodKind } from "@/lib/periods/period";
import { composeReport, refreshContent, withPlanTitles } from "./compose";
import { applyEdits } from "./edits";
import { findPeriodActivities, findReportFigures } from "./figures";
import { signedParagraphs } from "./signing";
import { findReportSections } from "./templates/data";
import type { ReportContent, ReportParagraph } from "./types";

function vietnamToday(now = new Date()): { year: number; month: number; day: number } {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" })
    .format(now)
    .split("-")
    .map(Number);
  return { year, month, day };
}

function authorise(actor: SessionUser): void {
  if (!canCompileReports(actor)) throw new AppError("forbidden");
}

/** The draft as the figures, activities and the organisation's names of the report's date make it. */
async function compose(
  organisationId: string,
  period: Period,
  date: { year: number; month: number; day: number },
  number: number | null,
): Promise<ReportContent> {
  const profile = await getProfileAt({ organisationId, date: new Date(Date.UTC(date.year, date.month - 1, date.day)) });
  if (!profile) throw new AppError("invalid", [{ path: "organisation", message: "no profile" }]);
  const [catalog, fields, figures, activities, { sections }] = await Promise.all([
    findIndicators(),
    findFields(),
    findReportFigures({ organisationId, period }),
    findPeriodActivities({ organisationId, period }),
    findReportSections({ organisationId, kind: period.kind, periodEnd: periodRange(period)[1] }),
  ]);
  // Indicators under their names of the period (its figures are those of the indicators it reports).
  const named = namedAt(catalog, periodRange(period)[1]);
  return composeReport({
    period,
    date,
    number,
    profile,
    catalog: new Map(named.map((i) => [i.code, i])),
    fieldNames: new Map(fields.map((f) => [f.code, f.nameVi])),
    figures,
    sections,
    activities,
  });
}

function periodOf(kind: PeriodKind, code: string): Period {
  const period = parsePeriod(code);
  if (!period || period.kind !== kind)
    throw new AppError("invalid", [{ path: "period", message: `${code} is not a ${kind}` }]);
  return period;
}

export async function createReport({
  actor,
  organisationId,
  kind,
  period: code,
}: {
  actor: SessionUser;
  organisationId: string;
  kind: PeriodKind;
  period: string;
}): Promise<{ id: string }> {
  authorise(actor);
  if (organisationId !== actor.organisationId) throw new AppError("forbidden");
  const period = periodOf(kind, code);
  const content = await compose(organisationId, period, vietnamToday(), null);
  return db().$transaction(async (tx) => {
    const report = await tx.report.create({
      data: {
        organisationId,
        kind,
        period: code,
        content: content as unknown as InputJsonValue,
        createdById: actor.id,
      },
      select: { id: true },
    });
    await tx.reportEvent.create({ data: { reportId: report.id, status: "draft", userId: actor.id } });
    return report;
  });
}

/** One of the actor's organisation's reports, for a compiler, at the version they saw. */
async function ownReport(actor: SessionUser, id: string, version?: number) {
  authorise(actor);
  const report = await db().report.findFirst({
    where: { id, organisationId: actor.organisationId },
    select: { id: true, kind: true, period: true, status: true, version: true, content: true },
  });
  if (!report) throw new AppError("notFound");
  if (version !== undefined && version !== report.version)
    throw new AppError("conflict", [{ code: "stale_version", current: report.version }]);
  return { ...report, content: report.content as unknown as ReportContent };
}

/** A report whose text may change: only a draft (sent for signature it is read-only until returned). */
async function editable(actor: SessionUser, id: string, version?: number) {
  const report = await ownReport(actor, id, version);
  if (report.status !== "draft") throw new AppError("locked", [{ path: "status", message: report.status }]);
  return report;
}

async function writeContent(id: string, version: number, content: ReportContent): Promise<number> {
  const { count } = await db().report.updateMany({
    where: { id, version, status: "draft" },
    data: { content: content as unknown as InputJsonValue, version: { increment: 1 }, updatedAt: new Date() },
  });
  if (count === 0) throw new AppError("conflict");
  return version + 1;
}

/** Recomposes the figures; text a person edited stays, marked when its figures changed. */
export async function refreshReport({ actor, id }: { actor: SessionUser; id: string }): Promise<number> {
  const report = await editable(actor, id);
  const fresh = await compose(
    actor.organisationId,
    periodOf(report.kind as PeriodKind, report.period),
    vietnamToday(),
    null,
  );
  return writeContent(id, report.version, refreshContent(report.content, fresh));
}

/** Saves the drafter's paragraphs (edited, reordered, removed, added) with an optimistic version. */
export async function saveParagraphs({
  actor,
  id,
  version,
  paragraphs,
}: {
  actor: SessionUser;
  id: string;
  version: number;
  paragraphs: Pick<ReportParagraph, "key" | "style" | "text" | "edited">[];
}): Promise<number> {
  const report = await editable(actor, id, version);
  return writeContent(id, version, withPlanTitles(applyEdits(report.content, paragraphs)));
}

/** draft -> for signature -> signed (with its number, date and signed PDF); every change audited. */
export async function setReportStatus({
  actor,
  id,
  status,
  number,
  signedOn,
  pdf,
}: {
  actor: SessionUser;
  id: string;
  status: "draft" | "for_signature" | "signed";
  number?: number;
  signedOn?: string;
  pdf?: Buffer;
}): Promise<void> {
  const report = await ownReport(actor, id);
  if (report.status === "signed") throw new AppError("locked", [{ path: "status", message: report.status }]);
  const transitions: Record<string, string[]> = {
    draft: ["for_signature"],
    for_signature: ["draft", "signed"],
    signed: [],
  };
  const allowed = transitions[report.status];
  if (!allowed.includes(status))
    throw new AppError("invalid", [{ path: "status", message: `${report.status} -> ${status}` }]);
  if (status === "signed") {
    const missing = { number: !number, signedOn: !signedOn, pdf: !pdf?.length };
    if (missing.number || missing.signedOn || missing.pdf)
      throw new AppError(
        "invalid",
        Object.entries(missing)
          .filter(([, m]) => m)
          .map(([path]) => ({ path, message: "required" })),
      );
  }
  if (pdf && pdf.subarray(0, 5).toString() !== "%PDF-")
    throw new AppError("invalid", [{ path: "pdf", message: "notPdf" }]);
  let content = report.content;
  if (status === "signed") {
    const [year, month, day] = signedOn!.split("-").map(Number);
    // The signed text keeps its paragraphs and figures (without the draft's marks); the number, the
    // date, and the names and signer in force on that date go in.
    const stamped = await compose(
      actor.organisationId,
      periodOf(report.kind as PeriodKind, report.period),
      { year, month, day },
      number!,
    );
    content = {
      ...content,
      paragraphs: signedParagraphs(content),
      header: stamped.header,
      closing: stamped.closing,
      recipients: stamped.recipients,
      signer: stamped.signer,
    };
  }
  await db().$transaction(async (tx) => {
    const { count } = await tx.report.updateMany({
      where: { id, version: report.version, status: report.status },
      data: {
        status,
        version: { increment: 1 },
        updatedAt: new Date(),
        content: content as unknown as InputJsonValue,
        ...(status === "signed"
          ? { number, signedOn: new Date(`${signedOn}T00:00:00Z`), signedPdf: new Uint8Array(pdf!) }
          : {}),
      },
    });
    if (count === 0) throw new AppError("conflict");
    await tx.reportEvent.create({
      data: {
        reportId: id,
        status,
        userId: actor.id,
        note: status === "signed" ? `Số ${number}, ngày ${signedOn}` : null,
      },
    });
    // The directors hear a report waits for their signature; the office that it was signed, or returned to be corrected.
    const kind = (
      { for_signature: "report_for_signature", draft: "report_returned", signed: "report_signed" } as const
    )[status];
    const readers = await usersWith(
      { organisationId: actor.organisationId, roles: status === "for_signature" ? ["director"] : ["compiler"] },
      tx,
    );
    await notify(
      readers,
      { kind, params: { period: report.period }, link: `/reports/${id}`, key: `${kind}:${id}:${report.version + 1}` },
      tx,
    );
  });
}
