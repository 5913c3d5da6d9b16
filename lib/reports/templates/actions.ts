"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction, defineFormAction } from "@/lib/actions/define";
import { administrators } from "@/lib/auth/roles";
import { AppError, isAppError } from "@/lib/errors";
import { periodKinds } from "@/lib/periods/period";
import { resetReportSections, saveReportSections, type SectionProblem } from "./mutations";
import { previewSentences } from "./preview";
import { previewInput, templatesFormInput, templatesFormValues } from "./schema";

// Server actions of the templates editor (Quản trị → Mẫu báo cáo), for administrators.

/** Saves one kind's sections, all or nothing; each problem (section, sentence, position) is shown beside its section's field. */
export const saveTemplatesAction = defineFormAction({
  roles: administrators,
  schema: templatesFormInput,
  read: templatesFormValues,
  run: async ({ actor, input }) => {
    try {
      await saveReportSections({ actor, kind: input.kind, sections: input.sections });
    } catch (error) {
      // Problems name the saved sections; the form numbers its fields by their place on the page, blank sections included.
      if (!isAppError(error) || error.code !== "invalid") throw error;
      throw new AppError(
        "invalid",
        (error.details as SectionProblem[]).map((p) => ({
          ...p,
          path: p.path.replace(/\d+$/, (saved) => String(input.sections[Number(saved)].at)),
        })),
      );
    }
    revalidatePath("/admin/templates");
  },
});

/** Gives one kind back its default sections. */
export const resetTemplatesAction = defineFormAction({
  roles: administrators,
  schema: z.object({ kind: z.enum(periodKinds) }),
  run: async ({ actor, input }) => {
    await resetReportSections({ actor, kind: input.kind });
    revalidatePath("/admin/templates");
  },
});

/** A section's sentences as typed, filled with the figures of a period of the kind being edited. */
export const previewTemplatesAction = defineAction({
  roles: administrators,
  schema: previewInput,
  code: "done",
  run: async ({ actor, input }) => ({ results: await previewSentences({ actor, ...input }) }),
});
