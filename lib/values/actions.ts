"use server";

import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/auth/session";
import { AppError, isAppError, type AppErrorCode } from "@/lib/errors";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getReadableOrganisation } from "@/lib/org/data";
import { findValueHistory } from "./data";
import { xlsxLimits } from "@/lib/excel/zip-limits";
import { changesToValues, importLimitsText, previewImport, type ImportPreview } from "./import";
import { saveMonthValues, type SaveOutcome } from "./mutations";
import { saveValuesInput, valueHistoryInput, yearMonthOfCode, type ValueInput } from "./schema";

export type SaveEntryResult = ({ ok: true } & SaveOutcome) | { ok: false; code: AppErrorCode | "internal"; message: string; details: unknown[] };

/** The entry page's save: the same validation, rules and function as PUT /api/v1/values. */
export async function saveEntryAction(input: unknown): Promise<SaveEntryResult> {
  return save(input, "entry");
}

/** Applies a checked import, all or nothing, with the versions the preview read. */
export async function applyImportAction(input: unknown): Promise<SaveEntryResult> {
  return save(input, "import");
}

async function save(input: unknown, source: string): Promise<SaveEntryResult> {
  const actor = await getSessionUser();
  const t = getDictionary(actor?.locale ?? "vi");
  try {
    if (!actor) throw new AppError("unauthorized");
    const parsed = saveValuesInput.safeParse(input);
    if (!parsed.success) throw new AppError("invalid", parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
    const organisation = await getReadableOrganisation({ actor, code: parsed.data.org });
    const outcome = await saveMonthValues({ actor, organisationId: organisation.id, yearMonth: yearMonthOfCode(parsed.data.period), values: parsed.data.values, locale: actor.locale, source });
    revalidatePath("/entry");
    return { ok: true, ...outcome };
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, message: t.errors[error.code], details: error.details };
    console.error(error);
    return { ok: false, code: "internal", message: t.errors.internal, details: [] };
  }
}

export async function valueHistoryAction(input: { org: string; period: string; indicator: string }) {
  const actor = await getSessionUser();
  const parsed = valueHistoryInput.safeParse(input);
  if (!actor || !parsed.success) return [];
  const organisation = await getReadableOrganisation({ actor, code: parsed.data.org });
  return findValueHistory({ organisationId: organisation.id, indicator: parsed.data.indicator, yearMonth: yearMonthOfCode(parsed.data.period) });
}

export type PreviewResult = ({ ok: true } & ImportPreview & { values: ValueInput[] }) | { ok: false; message: string };

/** Reads an uploaded template and shows what it would change; nothing is written. */
export async function previewImportAction(_: PreviewResult | null, form: FormData): Promise<PreviewResult> {
  const actor = await getSessionUser();
  const t = getDictionary(actor?.locale ?? "vi");
  if (!actor) return { ok: false, message: t.errors.unauthorized };
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: t.import.notXlsx };
  if (file.size > xlsxLimits.fileBytes) return { ok: false, message: importLimitsText(actor.locale) };
  const preview = await previewImport({ actor, organisationId: actor.organisationId, org: actor.organisationCode, data: await file.arrayBuffer(), locale: actor.locale });
  return { ok: true, ...preview, values: changesToValues(preview.changes) };
}
