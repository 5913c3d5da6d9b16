import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { canAdminister } from "@/lib/auth/roles";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PeriodKind } from "@/lib/periods/period";
import type { SectionTemplate } from "./types";
import { describeTemplateError, parseTemplate } from "../template";
import { fill } from "@/lib/i18n/fill";
import { templateErrorMessages as en } from "@/lib/i18n/messages/en/templates";
import { templateErrorMessages as vi } from "@/lib/i18n/messages/vi/templates";

const messages = { vi, en };

/** A problem of one section's fields or sentences (`fields.0`, `sentences.2`), named in the message with the sentence and the position in it. */
export interface SectionProblem {
  path: string;
  message: string;
}

/** Every problem of the sections, naming the section, the sentence and the position in it. */
export async function validateSections(sections: SectionTemplate[], locale: "vi" | "en"): Promise<SectionProblem[]> {
  const [indicators, fields] = await Promise.all([findIndicators(), findFields()]);
  const known = new Set(indicators.map((i) => i.code));
  const fieldCodes = new Set(fields.map((f) => f.code));
  const problems: SectionProblem[] = [];
  sections.forEach((section, s) => {
    for (const field of section.fields)
      if (!fieldCodes.has(field))
        problems.push({
          path: `fields.${s}`,
          message: fill(messages[locale].noField, { section: s + 1, heading: section.heading, field }),
        });
    section.sentences.forEach((sentence, n) => {
      const parsed = parseTemplate(sentence, known);
      if (!parsed.ok)
        for (const error of parsed.errors)
          problems.push({
            path: `sentences.${s}`,
            message: fill(messages[locale].inSentence, {
              section: s + 1,
              heading: section.heading,
              sentence: n + 1,
              error: describeTemplateError(error, locale),
            }),
          });
    });
  });
  return problems;
}

/** Replaces the organisation's sections, all or nothing; an invalid template changes nothing. */
export async function saveReportSections({
  actor,
  kind,
  sections,
}: {
  actor: SessionUser;
  kind: PeriodKind;
  sections: SectionTemplate[];
}): Promise<void> {
  if (!canAdminister(actor)) throw new AppError("forbidden");
  const problems = await validateSections(sections, actor.locale);
  if (problems.length) throw new AppError("invalid", problems);
  await db().$transaction(async (tx) => {
    await tx.reportSection.deleteMany({ where: { organisationId: actor.organisationId, kind } });
    await tx.reportSection.createMany({
      data: sections.map((s, i) => ({
        organisationId: actor.organisationId,
        kind,
        key: s.key,
        heading: s.heading,
        fields: s.fields,
        sentences: s.sentences,
        sortOrder: i,
      })),
    });
  });
}

export async function resetReportSections({ actor, kind }: { actor: SessionUser; kind: PeriodKind }): Promise<void> {
  if (!canAdminister(actor)) throw new AppError("forbidden");
  await db().reportSection.deleteMany({ where: { organisationId: actor.organisationId, kind } });
}
