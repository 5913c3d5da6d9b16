import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { canCompileReports } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readableFileName } from "@/lib/format/file-name";
import { getDisplayNameAt } from "@/lib/org/data";
import { periodLabel } from "@/lib/periods/labels";
import { parsePeriod } from "@/lib/periods/period";
import type { ReportContent } from "./types";

export async function findReports({
  organisationId,
  kind,
  status,
  period,
}: {
  organisationId: string;
  kind?: string;
  status?: "draft" | "for_signature" | "signed";
  period?: string;
}) {
  return db().report.findMany({
    where: { organisationId, kind, status, period },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      kind: true,
      period: true,
      status: true,
      number: true,
      signedOn: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { displayName: true } },
    },
  });
}

/** One report of the organisation, as data; 404 for another organisation's. */
export async function getReport({ organisationId, id }: { organisationId: string; id: string }) {
  const report = await db().report.findFirst({
    where: { id, organisationId },
    select: {
      id: true,
      kind: true,
      period: true,
      status: true,
      version: true,
      number: true,
      signedOn: true,
      content: true,
      createdAt: true,
      updatedAt: true,
      signedPdf: false,
      events: {
        orderBy: { at: "desc" },
        select: { id: true, status: true, note: true, at: true, user: { select: { displayName: true } } },
      },
    },
  });
  if (!report) throw new AppError("notFound");
  return { ...report, content: report.content as unknown as ReportContent };
}

/** One report of the user's organisation, for a user who may read reports (403 otherwise, as in the pages). */
export async function getReadableReport({ actor, id }: { actor: SessionUser; id: string }) {
  if (!canCompileReports(actor)) throw new AppError("forbidden");
  return getReport({ organisationId: actor.organisationId, id });
}

/** The signed copy of a report of the user's organisation, for a user who may read reports, with the file's name. */
export async function getSignedPdf({
  actor,
  id,
}: {
  actor: SessionUser;
  id: string;
}): Promise<{ pdf: Buffer; fileName: string } | null> {
  if (!canCompileReports(actor)) throw new AppError("forbidden");
  const report = await db().report.findFirst({
    where: { id, organisationId: actor.organisationId },
    select: { signedPdf: true, period: true, signedOn: true, createdAt: true },
  });
  if (!report) throw new AppError("notFound");
  if (!report.signedPdf) return null;
  const organisationName = await getDisplayNameAt({
    organisationId: actor.organisationId,
    date: report.signedOn ?? report.createdAt,
  });
  return {
    pdf: Buffer.from(report.signedPdf),
    fileName: reportFileName({ period: report.period, organisationName }, "pdf", { signed: true }),
  };
}

/** "Báo cáo tháng 6 năm 2023 - Sở Thông tin và Truyền thông Trà Vinh.docx": the period and the issuer as named on the report's date. */
export function reportFileName(
  report: { period: string; organisationName: string },
  extension: string,
  { signed = false } = {},
): string {
  const period = parsePeriod(report.period);
  const title = `Báo cáo ${period ? periodLabel(period, "vi") : report.period}${signed ? " (đã ký)" : ""}`;
  return readableFileName([title, report.organisationName], extension);
}
