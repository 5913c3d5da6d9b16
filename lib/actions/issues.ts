import type { z } from "zod";
import { fill, type Dictionary } from "@/lib/i18n/dictionary";

// Why a form's field is refused, in the user's language. Schemas and mutations name a message by
// its key in the dictionary's `validation` (`"passwordShort"`); zod's own issues, whose messages
// are English, are worded here from their code.

export type ValidationKey = keyof Dictionary["validation"];

/** A `validation` key's text, filled with the issue's params; null for any other message. */
export function validationText(
  message: unknown,
  t: Dictionary,
  params: Record<string, string | number> = {},
): string | null {
  if (typeof message !== "string" || !Object.hasOwn(t.validation, message)) return null;
  return fill(t.validation[message as ValidationKey], params);
}

const isBlank = (input: unknown) =>
  input === undefined || input === null || (typeof input === "string" && input.trim() === "");

/** The message of an issue its schema gave none: the per-parse error map of every action. */
export function issueText(issue: z.core.$ZodRawIssue, t: Dictionary): string {
  const v = t.validation;
  const bound = (n: unknown) => (typeof n === "bigint" || typeof n === "number" ? Number(n) : 0);
  switch (issue.code) {
    case "invalid_type":
      if (isBlank(issue.input)) return v.required;
      if (issue.expected === "int") return v.notInteger;
      return issue.expected === "number" ? v.notNumber : v.invalid;
    case "too_small": {
      const min = bound(issue.minimum);
      if (issue.origin === "string") return min <= 1 ? v.required : fill(v.tooShort, { min });
      if (issue.origin === "array" || issue.origin === "set") return min <= 1 ? v.required : fill(v.tooFew, { min });
      return fill(v.tooSmall, { min });
    }
    case "too_big": {
      const max = bound(issue.maximum);
      if (issue.origin === "string") return fill(v.tooLong, { max });
      if (issue.origin === "array" || issue.origin === "set") return fill(v.tooMany, { max });
      return fill(v.tooBig, { max });
    }
    case "invalid_format":
      return issue.format === "date" || issue.format === "datetime" ? v.date : v.format;
    case "invalid_value":
      return isBlank(issue.input) ? v.required : v.choice;
    default:
      return v.invalid;
  }
}

/** Each refused field's first message, keyed by the form's field name (`fieldOf` names nested paths). */
export function issueFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  t: Dictionary,
  fieldOf: (path: string) => string = (path) => path,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path.map(String).join("."));
    const params = ("params" in issue ? issue.params : undefined) as Record<string, string | number> | undefined;
    errors[field] ??= validationText(issue.message, t, params) ?? issue.message;
  }
  return errors;
}
