import "server-only";
import type { SessionUser } from "@/lib/auth/data";
import { canAdminister } from "@/lib/auth/roles";
import { findIndicators } from "@/lib/catalog/data";
import { namedAt } from "@/lib/catalog/dated";
import { AppError } from "@/lib/errors";
import { getProfileAt } from "@/lib/org/data";
import { parsePeriod, periodRange, type PeriodKind } from "@/lib/periods/period";
import { findReportFigures } from "../figures";
import { fillSentence, type FillContext } from "../fill";
import { describeTemplateError, parseTemplate } from "../template";
import type { SentencePreview } from "./schema";

/**
 * Sentence templates as typed (not saved) filled with the organisation's figures of a period of the
 * kind being edited, as a draft made today would fill them; errors are described in the admin's language.
 */
export async function previewSentences({
  actor,
  kind,
  period,
  sentences,
}: {
  actor: SessionUser;
  kind: PeriodKind;
  period: string;
  sentences: string[];
}): Promise<SentencePreview[]> {
  if (!canAdminister(actor)) throw new AppError("forbidden");
  const parsedPeriod = parsePeriod(period);
  if (!parsedPeriod || parsedPeriod.kind !== kind) throw new AppError("invalid");
  const organisationId = actor.organisationId;
  const [indicators, figures, profile] = await Promise.all([
    findIndicators(),
    findReportFigures({ organisationId, period: parsedPeriod }),
    getProfileAt({ organisationId, date: new Date() }),
  ]);
  const catalog = new Map(namedAt(indicators, periodRange(parsedPeriod)[1]).map((i) => [i.code, i]));
  const known = new Set(catalog.keys());
  const context: FillContext = { catalog, figures, moneyWording: profile?.moneyWording ?? "dong" };
  const named = (codes: string[]) => codes.map((code) => ({ code, name: catalog.get(code)?.nameVi ?? code }));
  return sentences.map((template): SentencePreview => {
    const parsed = parseTemplate(template, known);
    if (!parsed.ok)
      return { outcome: "invalid", errors: parsed.errors.map((error) => describeTemplateError(error, actor.locale)) };
    const filled = fillSentence(template, context);
    if (filled.text === null) return { outcome: "left_out" };
    if (filled.missing.length)
      return { outcome: "flagged", text: filled.text, missing: named(filled.missing), states: named(filled.states) };
    return { outcome: "filled", text: filled.text, states: named(filled.states) };
  });
}
