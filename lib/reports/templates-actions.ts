"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withActor } from "@/lib/auth/action";
import { getSessionUser } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { periodKinds } from "@/lib/periods/period";
import { resetReportSections, saveReportSections } from "./templates-mutations";
import { previewSentences } from "./templates-preview";
import { previewInput, templatesFormInput, templatesFormValues, type SentencePreview } from "./templates-schema";

// Server actions of the templates editor (Quản trị → Mẫu báo cáo). The functions they call check
// that the user is an administrator; each action reads its input through a zod schema first.

export type TemplatesState = { ok: boolean; message?: string; problems?: string[] };

export type PreviewState = { ok: boolean; message?: string; results?: SentencePreview[] };

/** Saves one kind's sections, all or nothing; a refusal lists every problem with its section, sentence and position. */
export async function saveTemplatesAction(_: TemplatesState, form: FormData): Promise<TemplatesState> {
  return withActor<TemplatesState>(async (actor, t) => {
    const input = templatesFormInput.safeParse(templatesFormValues(form));
    if (!input.success) return { ok: false, message: t.errors.malformed };
    try {
      await saveReportSections({ actor, kind: input.data.kind, sections: input.data.sections });
    } catch (error) {
      if (isAppError(error) && error.code === "invalid") return { ok: false, message: t.errors.invalid, problems: error.details.map((d) => String((d as { message?: string }).message ?? "")) };
      throw error;
    }
    revalidatePath("/admin/templates");
    return { ok: true, message: t.forms.saved };
  });
}

/** Gives one kind back its default sections; a signed-out caller is refused by a throw (the form shows no result), as revokeTokenAction does. */
export async function resetTemplatesAction(form: FormData): Promise<void> {
  const input = z.object({ kind: z.enum(periodKinds) }).safeParse({ kind: form.get("kind") });
  if (!input.success) return;
  const actor = await getSessionUser();
  if (!actor) throw new AppError("unauthorized");
  await resetReportSections({ actor, kind: input.data.kind });
  revalidatePath("/admin/templates");
}

/** A section's sentences as typed, filled with the figures of a period of the kind being edited. */
export async function previewTemplatesAction(input: unknown): Promise<PreviewState> {
  return withActor<PreviewState>(async (actor, t) => {
    const parsed = previewInput.safeParse(input);
    if (!parsed.success) return { ok: false, message: t.errors.malformed };
    return { ok: true, results: await previewSentences({ actor, ...parsed.data }) };
  });
}
