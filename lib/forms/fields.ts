import { z } from "zod";

/** Text PostgreSQL can store: a NUL character is refused as invalid input, never left to the database. */
export const storableText = z.string().refine((s) => !s.includes("\u0000"), "ký tự NUL không được phép (NUL character)");

/** A form field read through zod as `String(form.get(key) ?? "")` read it (missing or a file is ""), without NUL. */
export const formText = z.preprocess((v) => (typeof v === "string" ? v : ""), storableText);

/** One form field as text; throws the schema's ZodError for a NUL character. */
export function formValue(form: FormData, key: string): string {
  return formText.parse(form.get(key));
}
