import { z } from "zod";
import { storableText } from "@/lib/forms/fields";
import { parsePeriod } from "@/lib/periods/period";

const id = z.string().min(1).max(100);

export const submitForm = z.object({ reportId: id });

export const decideForm = z.object({ id });

/** The parent's reason for returning a report: what the department must correct. */
export const returnForm = z.object({ id, reason: storableText.trim().min(5).max(2000) });

export const returnInput = z.object({ reason: storableText.trim().min(5).max(2000) });

/** `?period=2026-Q4` (any period code). */
export const submissionsQuery = z.object({
  period: z
    .string()
    .max(20)
    .refine((code) => parsePeriod(code) !== null, "format")
    .transform((code) => parsePeriod(code)!),
});
