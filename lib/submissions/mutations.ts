import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { hasRole, reportRoles } from "@/lib/auth/roles";
import { findIndicators } from "@/lib/catalog/data";
import { catalogOfPeriod } from "@/lib/catalog/dated";
import { isDerived } from "@/lib/catalog/types";
import { db } from "@/lib/db/client";
import { reportDaysOf, reportDaysSelect } from "@/lib/deadlines/data";
import { reportDue } from "@/lib/deadlines/rule";
import { AppError } from "@/lib/errors";
import type { InputJsonValue } from "@/lib/generated/prisma/internal/prismaNamespace";
import { Exact } from "@/lib/periods/aggregate";
import { parsePeriod, periodMonths, type Period } from "@/lib/periods/period";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify, usersWith, type NewNotification } from "@/lib/notifications/notify";
import { displayNamesAt } from "@/lib/org/data";
import { computePeriodValues } from "@/lib/values/queries";
import type { FrozenFigure } from "./types";

// Reporting up: the office sends a signed report to the organisation it reports to (a province's
// department to the ministry), its text and figures frozen as sent; the parent accepts it, which
// locks the period's months, or returns it with a reason, which reopens the report as a draft to
// correct, sign again and send again. Every step is an event.

/** The period's stored (not computed) figures as they stand: what the submission freezes. */
async function figuresOf(organisationId: string, period: Period): Promise<Record<string, FrozenFigure>> {
  const catalog = await findIndicators();
  const indicators = catalogOfPeriod(catalog, period).filter((i) => !isDerived(i.kind));
  const values = await computePeriodValues({
    organisationId,
    periods: [{ period, months: periodMonths(period) }],
    indicators,
    catalog: new Map(catalog.map((i) => [i.code, i])),
  });
  // PostgreSQL's numeric prints its scale ("1303.000000"): kept as the plain decimal people typed.
  return Object.fromEntries(
    values
      .filter((v) => v.exact !== null)
      .map((v) => [v.indicator, { value: new Exact(v.exact!).toFixed(), estimate: v.estimate }]),
  );
}

/** Sends a signed report of the user's organisation up to its parent. */
export async function submitReport({
  actor,
  reportId,
}: {
  actor: SessionUser;
  reportId: string;
}): Promise<{ id: string }> {
  if (!hasRole(actor, reportRoles)) throw new AppError("forbidden");
  const report = await db().report.findFirst({
    where: { id: reportId, organisationId: actor.organisationId },
    select: {
      id: true,
      kind: true,
      period: true,
      status: true,
      content: true,
      number: true,
      signedOn: true,
      organisation: { select: { parentId: true, ...reportDaysSelect } },
    },
  });
  if (!report) throw new AppError("notFound");
  const { parentId, ...days } = report.organisation;
  if (!parentId) throw new AppError("invalid", [{ path: "report", message: "noParent" }]);
  if (report.status !== "signed") throw new AppError("invalid", [{ path: "report", message: "notSigned" }]);
  const period = parsePeriod(report.period)!;
  const figures = await figuresOf(actor.organisationId, period);
  const organisation = (await displayNamesAt([actor.organisationId], new Date())).get(actor.organisationId) ?? "";
  // Only the transaction's client inside it: the embedded database has a single connection.
  return db().$transaction(async (tx) => {
    // One submission in the parent's hands per report and per period: sent or accepted refuses another.
    const pending = await tx.submission.findFirst({
      where: {
        organisationId: actor.organisationId,
        period: report.period,
        kind: report.kind,
        state: { in: ["submitted", "accepted"] },
      },
      select: { id: true },
    });
    if (pending) throw new AppError("conflict", [{ path: "report", message: "alreadySubmitted" }]);
    const submission = await tx.submission.create({
      data: {
        organisationId: actor.organisationId,
        parentId,
        reportId: report.id,
        kind: report.kind,
        period: report.period,
        due: reportDue(period, reportDaysOf(days)),
        submittedById: actor.id,
        content: report.content as InputJsonValue,
        number: report.number,
        signedOn: report.signedOn,
        figures: figures as unknown as InputJsonValue,
        events: { create: { action: "submit", userId: actor.id } },
      },
      select: { id: true },
    });
    const receivers = await usersWith({ organisationId: parentId, roles: reportRoles }, tx);
    await notify(
      receivers,
      {
        kind: "submission_received",
        params: { organisation, period: report.period },
        link: `/ministry/submissions/${submission.id}`,
        key: `submission_received:${submission.id}`,
      },
      tx,
    );
    return submission;
  });
}

/** A submission sent to the user's organisation, still waiting for its decision. */
async function waitingSubmission(actor: SessionUser, id: string) {
  if (!hasRole(actor, reportRoles)) throw new AppError("forbidden");
  const submission = await db().submission.findFirst({
    where: { id, parentId: actor.organisationId },
    select: { id: true, state: true, organisationId: true, period: true, reportId: true },
  });
  if (!submission) throw new AppError("notFound");
  if (submission.state !== "submitted") throw new AppError("conflict", [{ path: "state", message: "alreadyDecided" }]);
  return submission;
}

/** The department's office and directors hear the parent's decision. */
async function tellDepartment(
  tx: Prisma.TransactionClient,
  submission: { id: string; organisationId: string; reportId: string | null },
  what: Pick<NewNotification, "kind" | "params">,
): Promise<void> {
  const readers = await usersWith({ organisationId: submission.organisationId, roles: ["compiler", "director"] }, tx);
  await notify(
    readers,
    {
      ...what,
      link: submission.reportId ? `/reports/${submission.reportId}` : "/reports",
      key: `${what.kind}:${submission.id}`,
    },
    tx,
  );
}

/** The parent accepts a submission: its figures stand, and the province's months of the period are locked. */
export async function acceptSubmission({ actor, id }: { actor: SessionUser; id: string }): Promise<void> {
  const submission = await waitingSubmission(actor, id);
  const months = periodMonths(parsePeriod(submission.period)!);
  await db().$transaction(async (tx) => {
    const { count } = await tx.submission.updateMany({
      where: { id, state: "submitted" },
      data: { state: "accepted", decidedAt: new Date(), decidedById: actor.id },
    });
    if (count === 0) throw new AppError("conflict");
    await tx.submissionEvent.create({ data: { submissionId: id, action: "accept", userId: actor.id } });
    await tx.monthLock.createMany({
      data: months.map((yearMonth) => ({ organisationId: submission.organisationId, yearMonth, lockedById: actor.id })),
      skipDuplicates: true,
    });
    await tellDepartment(tx, submission, { kind: "submission_accepted", params: { period: submission.period } });
  });
}

/** The parent returns a submission with its reason: the report is a draft again, to correct, sign and send again. */
export async function returnSubmission({
  actor,
  id,
  reason,
}: {
  actor: SessionUser;
  id: string;
  reason: string;
}): Promise<void> {
  const submission = await waitingSubmission(actor, id);
  await db().$transaction(async (tx) => {
    const { count } = await tx.submission.updateMany({
      where: { id, state: "submitted" },
      data: { state: "returned", decidedAt: new Date(), decidedById: actor.id, reason },
    });
    if (count === 0) throw new AppError("conflict");
    await tx.submissionEvent.create({ data: { submissionId: id, action: "return", reason, userId: actor.id } });
    if (submission.reportId) {
      await tx.report.update({
        where: { id: submission.reportId },
        data: { status: "draft", version: { increment: 1 }, updatedAt: new Date() },
      });
      await tx.reportEvent.create({
        data: { reportId: submission.reportId, status: "draft", userId: actor.id, note: reason },
      });
    }
    await tellDepartment(tx, submission, {
      kind: "submission_returned",
      params: { period: submission.period, reason },
    });
  });
}
