import { z } from "zod";
import { storableText } from "@/lib/forms/fields";
import { isIsoDate, parsePeriod, periodKinds } from "@/lib/periods/period";

export const createReportInput = z.object({
  org: z.string().min(1).max(60),
  kind: z.enum(periodKinds),
  period: z.string().min(4).max(10),
});

/** The create form: a kind and one of its periods (a period of another kind is refused beside the period). */
export const createReportForm = z
  .object({ kind: z.enum(periodKinds), period: z.string().trim().min(4).max(10) })
  .refine((input) => parsePeriod(input.period)?.kind === input.kind, { path: ["period"], message: "reportPeriod" });

export const paragraphsInput = z.object({
  id: z.string().min(1),
  version: z.int32().min(1),
  paragraphs: z
    .array(
      z.object({
        key: storableText.min(1).max(200),
        style: z.enum(["heading1", "heading2", "body"]),
        text: storableText.max(20_000),
        edited: z.boolean().optional(),
      }),
    )
    .max(1000),
});

export const statusInput = z.discriminatedUnion("status", [
  z.object({ id: z.string().min(1), status: z.literal("for_signature") }),
  z.object({ id: z.string().min(1), status: z.literal("draft") }),
  z.object({
    id: z.string().min(1),
    status: z.literal("signed"),
    number: z.coerce.number().int().min(1).max(99999),
    signedOn: z.string().refine(isIsoDate, "date"),
  }),
]);

/** The largest signed PDF kept. */
export const maxSignedPdfMb = 20;

/** The status forms: the step, and for signing the signed PDF (a file input sends an empty file when none was chosen). */
export const statusForm = statusInput.and(
  z.object({
    pdf: z
      .instanceof(Blob)
      .optional()
      .transform((file) => (file && file.size > 0 ? file : undefined))
      .refine((file) => !file || file.size <= maxSignedPdfMb * 1_000_000, {
        message: "fileTooLarge",
        params: { max: maxSignedPdfMb },
      }),
  }),
);

export const reportFilter = z.object({
  kind: z.enum(periodKinds).optional().catch(undefined),
  status: z.enum(["draft", "for_signature", "signed"]).optional().catch(undefined),
  period: z.string().max(10).optional().catch(undefined),
});
