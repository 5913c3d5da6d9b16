import { z } from "zod";
import { isStorableText } from "./storable";

/** Text PostgreSQL can store (storable.ts): a NUL or a lone surrogate is refused as invalid input. */
export const storableText = z.string().refine(isStorableText, "nul");

/** A form field read through zod as `String(form.get(key) ?? "")` read it (missing or a file is ""), without NUL. */
export const formText = z.preprocess((v) => (typeof v === "string" ? v : ""), storableText);

/** One form field as text; throws the schema's ZodError for a NUL character. */
export function formValue(form: FormData, key: string): string {
  return formText.parse(form.get(key));
}
