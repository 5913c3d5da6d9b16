import { z } from "zod";
import { formText, storableText } from "@/lib/forms/fields";
import { isIsoDate, periodKinds } from "@/lib/periods/period";

export const createReportInput = z.object({
  org: z.string().min(1).max(60),
  kind: z.enum(periodKinds),
  period: z.string().min(4).max(10),
});

/** The create form's fields as sent (the period trimmed); `createReportInput` judges them. */
export const createReportForm = z.object({ kind: formText, period: formText.transform((s) => s.trim()) });

export const paragraphsInput = z.object({
  id: z.string().min(1),
  version: z.number().int().min(1),
  paragraphs: z
    .array(z.object({ key: storableText.min(1).max(200), style: z.enum(["heading1", "heading2", "body"]), text: storableText.max(20_000), edited: z.boolean().optional() }))
    .max(1000),
});

export const statusInput = z.discriminatedUnion("status", [
  z.object({ id: z.string().min(1), status: z.literal("for_signature") }),
  z.object({ id: z.string().min(1), status: z.literal("draft") }),
  z.object({ id: z.string().min(1), status: z.literal("signed"), number: z.coerce.number().int().min(1).max(99999), signedOn: z.string().refine(isIsoDate, "ngày dạng YYYY-MM-DD") }),
]);

export const reportFilter = z.object({
  kind: z.enum(periodKinds).optional().catch(undefined),
  status: z.enum(["draft", "for_signature", "signed"]).optional().catch(undefined),
  period: z.string().max(10).optional().catch(undefined),
});
