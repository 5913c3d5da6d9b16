"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { withActor, type ActionResult } from "@/lib/auth/action";
import { AppError, isAppError } from "@/lib/errors";
import { parsePeriod } from "@/lib/periods/period";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { createReport, refreshReport, saveParagraphs, setReportStatus } from "./mutations";
import { createReportForm, createReportInput, paragraphsInput, statusInput } from "./schema";

export type ReportActionState = ActionResult & {
  version?: number;
  /** A refused field's message, shown beside it. */
  errors?: { period?: string };
  /** What the form sent, chosen again when it is refused. */
  values?: { kind: string; period: string };
};

/** The create form's kind and period (from the period picker); a refusal keeps the choice and says why beside the period. */
export async function createReportAction(_: ReportActionState, form: FormData): Promise<ReportActionState> {
  let id = "";
  const read = createReportForm.safeParse({ kind: form.get("kind"), period: form.get("period") });
  const values = read.success ? read.data : { kind: "", period: "" };
  const state = await withActor<ReportActionState>(async (actor, t) => {
    const input = createReportInput.safeParse({ org: actor.organisationCode, ...values });
    if (!input.success || parsePeriod(input.data.period)?.kind !== input.data.kind) return { ok: false, message: t.reports.badPeriod, errors: { period: t.reports.badPeriod } };
    id = (await createReport({ actor, organisationId: actor.organisationId, kind: input.data.kind, period: input.data.period })).id;
    return { ok: true };
  });
  if (state.ok) redirect(`/reports/${id}`);
  return { ...state, values };
}

/** A report no longer a draft refuses edits as `locked`: said as the report's state, not a period's. */
async function whileDraft(t: Dictionary, body: () => Promise<ReportActionState>): Promise<ReportActionState> {
  try {
    return await body();
  } catch (error) {
    if (isAppError(error) && error.code === "locked") return { ok: false, message: t.reports.notDraft };
    throw error;
  }
}

export async function saveParagraphsAction(input: unknown): Promise<ReportActionState> {
  return withActor((actor, t) =>
    whileDraft(t, async () => {
      const parsed = paragraphsInput.safeParse(input);
      if (!parsed.success) throw new AppError("invalid");
      const version = await saveParagraphs({ actor, ...parsed.data });
      revalidatePath(`/reports/${parsed.data.id}`);
      return { ok: true, version, message: t.reports.saved };
    }),
  );
}

export async function refreshReportAction(id: string): Promise<ReportActionState> {
  return withActor((actor, t) =>
    whileDraft(t, async () => {
      const version = await refreshReport({ actor, id: String(id) });
      revalidatePath(`/reports/${id}`);
      return { ok: true, version, message: t.reports.refreshed };
    }),
  );
}

export async function setStatusAction(_: ReportActionState, form: FormData): Promise<ReportActionState> {
  return withActor(async (actor) => {
    const parsed = statusInput.safeParse(Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")));
    if (!parsed.success) throw new AppError("invalid");
    const file = form.get("pdf");
    const pdf = file instanceof File && file.size > 0 && file.size < 20_000_000 ? Buffer.from(await file.arrayBuffer()) : undefined;
    const data = parsed.data;
    await setReportStatus({ actor, id: data.id, status: data.status, number: data.status === "signed" ? data.number : undefined, signedOn: data.status === "signed" ? data.signedOn : undefined, pdf });
    revalidatePath(`/reports/${data.id}`);
    return { ok: true };
  });
}
