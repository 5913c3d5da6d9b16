import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { hasRole, importRoles } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { OrganisationAlias } from "@/lib/history/types";
import { offsetInSentence, reviewsOf, type ImportReading, type Review } from "./review";

// Reads of past reports brought in: one import as the API and the review page show it, the list
// of an organisation's imports, and what later readings take from the organisation.

const importSelect = {
  id: true,
  organisationId: true,
  organisation: { select: { code: true } },
  fileName: true,
  kind: true,
  period: true,
  text: true,
  result: true,
  reviews: true,
  createdAt: true,
  appliedAt: true,
  createdBy: { select: { displayName: true } },
} as const;

export interface ImportView {
  id: string;
  org: string;
  fileName: string | null;
  kind: string | null;
  period: string | null;
  createdAt: Date;
  createdBy: string | null;
  appliedAt: Date | null;
  /** Each with its review, and where its number stands in its sentence (`at`, -1 if not found) as printed (`number`). */
  candidates: (ImportReading["candidates"][number] & { review: Review; number: string; at: number })[];
  unmatched: (ImportReading["unmatched"][number] & { at: number })[];
}

/** The stored import behind a view, with its text: for the mutations, which check the actor themselves. */
export async function getImportRecord({ actor, id }: { actor: SessionUser; id: string }) {
  if (!hasRole(actor, importRoles)) throw new AppError("forbidden");
  const row = await db().import.findFirst({
    where: { id, organisationId: actor.organisationId },
    select: importSelect,
  });
  if (!row) throw new AppError("notFound");
  return {
    ...row,
    reading: row.result as unknown as ImportReading,
    decided: row.reviews as unknown as Record<string, Review>,
  };
}

export type ImportRecord = Awaited<ReturnType<typeof getImportRecord>>;

export function importView(record: ImportRecord): ImportView {
  const reviews = reviewsOf(record.reading, record.decided);
  return {
    id: record.id,
    org: record.organisation.code,
    fileName: record.fileName,
    kind: record.kind,
    period: record.period,
    createdAt: record.createdAt,
    createdBy: record.createdBy?.displayName ?? null,
    appliedAt: record.appliedAt,
    candidates: record.reading.candidates.map((c) => ({
      ...c,
      review: reviews[c.key],
      number: record.text.slice(c.start, c.end),
      at: offsetInSentence(record.text, c.sentence, c.start, c.end),
    })),
    unmatched: record.reading.unmatched.map((u) => ({
      ...u,
      at: offsetInSentence(record.text, u.sentence, u.start, u.end),
    })),
  };
}

/** One import of the user's organisation, for those who bring history in; another organisation's is not found. */
export async function getReadableImport({ actor, id }: { actor: SessionUser; id: string }): Promise<ImportView> {
  return importView(await getImportRecord({ actor, id }));
}

/** The organisation's imports, newest first, without their texts. */
export async function findImports({ actor }: { actor: SessionUser }) {
  if (!hasRole(actor, importRoles)) throw new AppError("forbidden");
  const rows = await db().import.findMany({
    where: { organisationId: actor.organisationId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      fileName: true,
      kind: true,
      period: true,
      createdAt: true,
      appliedAt: true,
      createdBy: { select: { displayName: true } },
    },
  });
  return rows.map((r) => ({ ...r, createdBy: r.createdBy?.displayName ?? null }));
}

/** What the organisation gives a reading: its reviewers' aliases and its own report templates' sentences. */
export async function findReadingContext({
  organisationId,
}: {
  organisationId: string;
}): Promise<{ aliases: OrganisationAlias[]; templates: string[] }> {
  const [aliases, sections] = await Promise.all([
    db().organisationAlias.findMany({
      where: { organisationId },
      orderBy: { createdAt: "asc" },
      select: { indicatorCode: true, phrase: true },
    }),
    db().reportSection.findMany({ where: { organisationId }, select: { sentences: true } }),
  ]);
  return {
    aliases: aliases.map((a) => ({ indicator: a.indicatorCode, phrase: a.phrase })),
    templates: [...new Set(sections.flatMap((s) => s.sentences))],
  };
}

/** A scan's pages of an import, in order: each page's text and whether it has an image to show. */
export async function findImportPages({ actor, id }: { actor: SessionUser; id: string }) {
  if (!hasRole(actor, importRoles)) throw new AppError("forbidden");
  const pages = await db().importPage.findMany({
    where: { importId: id, import: { organisationId: actor.organisationId } },
    orderBy: { number: "asc" },
    select: { number: true, text: true, imageType: true },
  });
  return pages.map(({ imageType, ...page }) => ({ ...page, hasImage: imageType !== null }));
}

export type ImportPageView = Awaited<ReturnType<typeof findImportPages>>[number];

/** The image of one scanned page of an import of the user's organisation, or null. */
export async function getImportPageImage({ actor, id, number }: { actor: SessionUser; id: string; number: number }) {
  if (!hasRole(actor, importRoles)) throw new AppError("forbidden");
  const page = await db().importPage.findFirst({
    where: { importId: id, number, import: { organisationId: actor.organisationId } },
    select: { image: true, imageType: true },
  });
  return page?.image && page.imageType ? { image: page.image, type: page.imageType } : null;
}
