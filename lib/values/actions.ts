"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction, defineFormAction } from "@/lib/actions/define";
import type { ActionResult } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/data";
import { AppError } from "@/lib/errors";
import { xlsxLimits } from "@/lib/excel/zip-limits";
import { getReadableOrganisation } from "@/lib/org/data";
import { isMonthCode } from "@/lib/periods/period";
import { findValueHistory } from "./data";
import { changesToValues, importLimitsText, previewImport } from "./import";
import type { SaveOutcome } from "./versioned-save";
import { findPeriodValueHistory } from "./period-data";
import { saveValues } from "./save";
import { monthCode, saveValuesInput, valueHistoryInput, yearMonthOfCode, type SaveValuesInput } from "./schema";

/** A save's answer; a refusal carries `details`, each check of a cell (`{ indicator, code, message }`) or conflict (`{ indicator, current }`). */
export type SaveEntryResult = ActionResult<SaveOutcome>;

async function save(actor: SessionUser, input: SaveValuesInput, source: string): Promise<SaveOutcome> {
  const organisation = await getReadableOrganisation({ actor, code: input.org });
  const outcome = await saveValues({
    actor,
    organisationId: organisation.id,
    period: input.period,
    values: input.values,
    locale: actor.locale,
    source,
  });
  revalidatePath("/entry");
  return outcome;
}

/** The entry page's save (a month's values, or a quarter's, half year's or year's figures): the same validation, rules and function as PUT /api/v1/values. */
export const saveEntryAction = defineAction({
  schema: saveValuesInput,
  details: true,
  run: ({ actor, input }) => save(actor, input, "entry"),
});

/** Applies a checked import, all or nothing, with the versions the preview read. */
export const applyImportAction = defineAction({
  schema: saveValuesInput.extend({ period: monthCode }),
  details: true,
  run: ({ actor, input }) => save(actor, input, "import"),
});

/** Every change of one value (a month's, or a period's figure), latest first. */
export const valueHistoryAction = defineAction({
  schema: valueHistoryInput,
  code: "done",
  run: async ({ actor, input }) => {
    const organisation = await getReadableOrganisation({ actor, code: input.org });
    const where = { organisationId: organisation.id, indicator: input.indicator };
    return {
      history: isMonthCode(input.period)
        ? await findValueHistory({ ...where, yearMonth: yearMonthOfCode(input.period) })
        : await findPeriodValueHistory({ ...where, period: input.period }),
    };
  },
});

/** Reads an uploaded template and shows what it would change; nothing is written. */
export const previewImportAction = defineFormAction({
  schema: z.object({ file: z.instanceof(Blob, { message: "required" }).refine((file) => file.size > 0, "required") }),
  code: "done",
  run: async ({ actor, input: { file } }) => {
    if (file.size > xlsxLimits.fileBytes)
      throw new AppError("invalid", [{ path: "file", message: importLimitsText(actor.locale) }]);
    const preview = await previewImport({
      actor,
      organisationId: actor.organisationId,
      org: actor.organisationCode,
      data: await file.arrayBuffer(),
      locale: actor.locale,
    });
    return { ...preview, values: changesToValues(preview.changes) };
  },
});

export type PreviewResult = Awaited<ReturnType<typeof previewImportAction>>;
