import { z } from "zod";
import { storableText } from "@/lib/forms/fields";
import { readingLimits } from "@/lib/history/limits";
import { parsePeriod, periodKinds } from "@/lib/periods/period";
import { decimalInput } from "@/lib/values/schema";

// The inputs of bringing a past report in: its text (pasted, or read from a file), the period that
// corrects what was detected, the figures accepted for apply and an unmatched number assigned.

/** The largest file read (a .docx, a .pdf with a text layer, a .txt) and the largest text kept of it. */
export const importLimits = { fileBytes: 20_000_000, textChars: readingLimits.characters } as const;
export const importExtensions = [".docx", ".pdf", ".txt", ".png", ".jpg", ".jpeg", ".tif", ".tiff"] as const;

const periodCode = z
  .string()
  .trim()
  .max(10)
  .refine((code) => parsePeriod(code) !== null, "period");

/** A period overriding detection: its kind, if given, must be the period's. */
const override = {
  kind: z.enum(periodKinds).optional(),
  period: periodCode.optional(),
};
const kindMatches = (input: { kind?: string; period?: string }) =>
  !input.kind || !input.period || parsePeriod(input.period)?.kind === input.kind;

/** POST /api/v1/imports as JSON: the organisation and the report's text. */
export const createImportJson = z
  .object({
    org: z.string().min(1).max(60),
    text: storableText.min(1).max(importLimits.textChars),
    fileName: storableText.max(255).optional(),
    ...override,
  })
  .refine(kindMatches, { path: ["period"], message: "reportPeriod" });

/** One file of the upload, or pasted text, as the upload page and the multipart API send it. */
export const readImportForm = z
  .object({
    file: z.instanceof(Blob).optional(),
    text: storableText.max(importLimits.textChars).optional(),
    org: z.string().min(1).max(60).optional(),
    /** The upload page's name for this reading, to ask how far OCR has read it (scan-progress.ts). */
    progress: z.string().uuid().optional(),
    ...override,
    period: z.preprocess((v) => (v === "" ? undefined : v), periodCode.optional()),
    kind: z.preprocess((v) => (v === "" ? undefined : v), z.enum(periodKinds).optional()),
  })
  .refine(kindMatches, { path: ["period"], message: "reportPeriod" });

/** A reading's period corrected on the upload page: the text is read again for it. */
export const rereadInput = z
  .object({ id: z.string().min(1).max(100), kind: z.enum(periodKinds), period: periodCode })
  .refine(kindMatches, { path: ["period"], message: "reportPeriod" });

/** An accepted figure; its note, as typed on the entry page, explains a large change (the change rule). */
export const applyItem = z.object({
  key: storableText.min(1).max(200),
  indicator: z.string().min(1).max(100),
  value: decimalInput,
  estimate: z.boolean().optional(),
  note: storableText.trim().max(1000).optional(),
});
export type ApplyItem = z.infer<typeof applyItem>;

/** POST /api/v1/imports/{id}/apply and the review page's Áp dụng: the accepted figures. */
export const applyImportInput = z.object({ items: z.array(applyItem).min(1).max(500) });
export const applyImportCall = applyImportInput.extend({ id: z.string().min(1).max(100) });

/** An unmatched number of a reading made an indicator's candidate, by where it stands in the text. */
export const assignNumberInput = z.object({
  id: z.string().min(1).max(100),
  start: z.int32().min(0),
  indicator: z.string().min(1).max(100),
});
