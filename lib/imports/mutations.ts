import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/data";
import { hasRole, importRoles } from "@/lib/auth/roles";
import { findIndicators } from "@/lib/catalog/data";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatNumber } from "@/lib/format/number";
import { fill, getDictionary, type Locale } from "@/lib/i18n/dictionary";
import { ReadingLimitError, readingLimits } from "@/lib/history/limits";
import { readReportBounded } from "@/lib/history/read-bounded";
import type { ScannedPage } from "@/lib/history/text-from-file";
import { getImportRecord, findReadingContext, importView, type ImportView } from "./data";
import { aliasPhrase, candidateOfNumber, type ImportReading } from "./review";

// Bringing a past report in: read its text into candidates (nothing stored as a figure), read it
// again for a corrected period, and make an unmatched number an indicator's candidate.

function requireImporter(actor: SessionUser, organisationId: string): void {
  if (!hasRole(actor, importRoles) || actor.organisationId !== organisationId) throw new AppError("forbidden");
}

/** A reading stopped at a limit, as the user reads it: 413 for the text's length, else 422; the limit named. */
function limitRefusal(error: ReadingLimitError, locale: Locale): AppError {
  const limit = formatNumber(readingLimits[error.limit], 0, locale);
  const message = fill(getDictionary(locale).history.readingLimits[error.limit], { limit });
  return new AppError(error.limit === "characters" ? "tooLarge" : "invalid", [
    { path: "text", limit: error.limit, message },
  ]);
}

async function readText(organisationId: string, text: string, locale: Locale, period?: string) {
  const [catalog, context] = await Promise.all([findIndicators(), findReadingContext({ organisationId })]);
  const result = await readReportBounded(text, { catalog, ...context }, period ? { period } : undefined).catch(
    (error: unknown) => {
      throw error instanceof ReadingLimitError ? limitRefusal(error, locale) : error;
    },
  );
  const reading: ImportReading = { candidates: result.candidates, unmatched: result.unmatched };
  return { kind: result.kind, period: result.period, reading };
}

/** Reads a past report of the user's organisation and keeps it for review: its text, the detected (or given) period and the candidates. */
export async function createImport({
  actor,
  organisationId,
  text,
  fileName,
  period,
  pages = [],
  locale = actor.locale,
}: {
  actor: SessionUser;
  organisationId: string;
  text: string;
  fileName?: string;
  period?: string;
  pages?: ScannedPage[];
  locale?: Locale;
}): Promise<ImportView> {
  requireImporter(actor, organisationId);
  const read = await readText(organisationId, text, locale, period);
  const { id } = await db().import.create({
    data: {
      organisationId,
      fileName: fileName ?? null,
      kind: read.kind,
      period: read.period,
      text,
      result: read.reading as unknown as Prisma.InputJsonValue,
      createdById: actor.id,
      // A scan's pages, kept for the review to show each beside its text.
      pages: {
        create: pages.map((page, i) => ({
          number: i + 1,
          text: page.text,
          image: page.image ? Buffer.from(page.image) : null,
          imageType: page.imageType,
        })),
      },
    },
    select: { id: true },
  });
  return importView(await getImportRecord({ actor, id }));
}

/** An applied import's figures are stored: it is read and reviewed no more. */
export function refuseApplied(record: { appliedAt: Date | null }, locale: Locale): void {
  if (record.appliedAt) throw new AppError("conflict", [{ message: getDictionary(locale).history.alreadyApplied }]);
}

/** Reads an import's text again for a corrected kind and period; the review starts over. */
export async function rereadImport({
  actor,
  id,
  period,
  locale,
}: {
  actor: SessionUser;
  id: string;
  period: string;
  locale: Locale;
}): Promise<ImportView> {
  const record = await getImportRecord({ actor, id });
  refuseApplied(record, locale);
  const read = await readText(record.organisationId, record.text, locale, period);
  await db().import.update({
    where: { id },
    data: {
      kind: read.kind,
      period: read.period,
      result: read.reading as unknown as Prisma.InputJsonValue,
      reviews: {},
    },
    select: { id: true },
  });
  return importView(await getImportRecord({ actor, id }));
}

/**
 * Makes an unmatched number of an import a candidate of an indicator and keeps the phrase around it
 * as the organisation's alias of that indicator, so that later readings find such numbers.
 */
export async function assignNumber({
  actor,
  id,
  start,
  indicator,
  locale,
}: {
  actor: SessionUser;
  id: string;
  start: number;
  indicator: string;
  locale: Locale;
}): Promise<ImportView> {
  const record = await getImportRecord({ actor, id });
  refuseApplied(record, locale);
  const number = record.reading.unmatched.find((u) => u.start === start);
  const target = (await findIndicators()).find((i) => i.code === indicator);
  if (!number) throw new AppError("notFound");
  const candidate = target ? candidateOfNumber(number, target, record.reading.candidates) : null;
  if (!candidate)
    throw new AppError("invalid", [{ path: "indicator", message: getDictionary(locale).history.notThisIndicator }]);
  const reading: ImportReading = {
    candidates: [...record.reading.candidates, candidate].sort((a, b) => a.start - b.start),
    unmatched: record.reading.unmatched.filter((u) => u !== number),
  };
  const phrase = aliasPhrase(record.text, number.start, number.end);
  await db().$transaction([
    db().import.update({
      where: { id },
      data: { result: reading as unknown as Prisma.InputJsonValue },
      select: { id: true },
    }),
    ...(phrase
      ? [
          db().organisationAlias.upsert({
            where: {
              organisationId_indicatorCode_phrase: {
                organisationId: record.organisationId,
                indicatorCode: indicator,
                phrase,
              },
            },
            create: { organisationId: record.organisationId, indicatorCode: indicator, phrase },
            update: {},
            select: { id: true },
          }),
        ]
      : []),
  ]);
  return importView(await getImportRecord({ actor, id }));
}
