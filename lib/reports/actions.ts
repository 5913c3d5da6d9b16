"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, defineFormAction } from "@/lib/actions/define";
import { reportRoles } from "@/lib/auth/roles";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { createReport, refreshReport, saveParagraphs, setReportStatus } from "./mutations";
import { createReportForm, paragraphsInput, statusForm } from "./schema";

// A report no longer a draft refuses edits as `locked`: said as the report's state, not a period's.
const refusals = { locked: (t: Dictionary) => t.reports.notDraft };

/** The create form's kind and period; a period of another kind is refused beside the period; a draft opens its page. */
export const createReportAction = defineFormAction({
  roles: reportRoles,
  schema: createReportForm,
  run: async ({ actor, input }) => {
    const { id } = await createReport({
      actor,
      organisationId: actor.organisationId,
      kind: input.kind,
      period: input.period,
    });
    redirect(`/reports/${id}`);
  },
});

export const saveParagraphsAction = defineAction({
  roles: reportRoles,
  schema: paragraphsInput,
  refusals,
  done: (t) => t.reports.saved,
  run: async ({ actor, input }) => {
    const version = await saveParagraphs({ actor, ...input });
    revalidatePath(`/reports/${input.id}`);
    return { version };
  },
});

export const refreshReportAction = defineAction({
  roles: reportRoles,
  schema: z.string().min(1).max(100),
  refusals,
  done: (t) => t.reports.refreshed,
  run: async ({ actor, input: id }) => {
    const version = await refreshReport({ actor, id });
    revalidatePath(`/reports/${id}`);
    return { version };
  },
});

/** draft -> for signature -> signed, with its number, date and the signed PDF. */
export const setStatusAction = defineFormAction({
  roles: reportRoles,
  schema: statusForm,
  run: async ({ actor, input }) => {
    const pdf = input.pdf ? Buffer.from(await input.pdf.arrayBuffer()) : undefined;
    const signed = input.status === "signed" ? { number: input.number, signedOn: input.signedOn, pdf } : {};
    await setReportStatus({ actor, id: input.id, status: input.status, ...signed });
    revalidatePath(`/reports/${input.id}`);
  },
});
