"use server";

import { revalidatePath } from "next/cache";
import { defineAction, defineFormAction } from "@/lib/actions/define";
import { importRoles } from "@/lib/auth/roles";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { applyImport } from "./apply";
import type { ImportView } from "./data";
import { assignNumber, createImport, rereadImport } from "./mutations";
import { applyImportCall, assignNumberInput, readImportForm, rereadInput } from "./schema";
import { reportScanProgress } from "./scan-progress";
import { textOfUpload } from "./upload";

// The upload and review pages' actions; the API's routes call the same functions.

const refusals = { conflict: (t: Dictionary) => t.history.alreadyApplied };

/** What the upload page shows of a reading. */
function summary(view: ImportView) {
  return {
    id: view.id,
    fileName: view.fileName,
    kind: view.kind,
    period: view.period,
    found: view.candidates.filter((c) => c.best).length,
    unmatched: view.unmatched.length,
  };
}
export type ReadingSummary = ReturnType<typeof summary>;

/** One file (or pasted text) read into an import of the user's organisation; the page sends its files one by one. */
export const readReportAction = defineFormAction({
  roles: importRoles,
  schema: readImportForm,
  code: "done",
  run: async ({ actor, input }) => {
    const { progress } = input;
    const onPage = progress
      ? (done: number, total: number) => reportScanProgress(progress, actor.id, done, total)
      : undefined;
    const upload = await textOfUpload(input, actor.locale, { onPage });
    const view = await createImport({ actor, organisationId: actor.organisationId, ...upload, period: input.period });
    revalidatePath("/entry/history");
    return { reading: summary(view), scannedPages: upload.pages.length };
  },
});

/** A reading's kind and period corrected: its text read again for them. */
export const rereadReportAction = defineAction({
  roles: importRoles,
  schema: rereadInput,
  refusals,
  code: "done",
  run: async ({ actor, input }) => {
    const view = await rereadImport({ actor, id: input.id, period: input.period, locale: actor.locale });
    revalidatePath("/entry/history");
    return { reading: summary(view) };
  },
});

/** An unmatched number made a candidate of an indicator; the phrase around it becomes the organisation's alias. */
export const assignNumberAction = defineAction({
  roles: importRoles,
  schema: assignNumberInput,
  refusals,
  code: "done",
  run: async ({ actor, input }) => ({ view: await assignNumber({ actor, ...input, locale: actor.locale }) }),
});

/** The accepted figures stored, all or nothing; every failed check comes back per indicator. */
export const applyReportAction = defineAction({
  roles: importRoles,
  schema: applyImportCall,
  refusals,
  details: true,
  run: async ({ actor, input }) => {
    const outcome = await applyImport({ actor, id: input.id, items: input.items, locale: actor.locale });
    revalidatePath("/entry/history");
    return { saved: outcome.saved, period: outcome.period, warnings: outcome.warnings };
  },
});
