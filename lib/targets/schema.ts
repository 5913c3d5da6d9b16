import { z } from "zod";
import { storableText } from "@/lib/forms/fields";
import { formatNumber, parseLocaleNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/dictionary";
import { maxYear, minYear } from "@/lib/periods/period";
import { fitsValueColumn, valueLimitText } from "@/lib/values/checks";
import { decimalInput } from "@/lib/values/schema";

const year = z.coerce.number().int().min(minYear).max(maxYear);

export const targetsInput = z.object({
  year,
  targets: z.array(z.object({ indicator: storableText.min(1).max(100), value: decimalInput.nullable() })).max(500),
});
export type TargetsInput = z.infer<typeof targetsInput>;

/** A target as typed in the user's way (`1.234,5` in Vietnamese): blank clears it; each refusal says why (messages: lib/actions/issues.ts). */
function typedTarget(locale: Locale) {
  return z.string().transform((typed, ctx) => {
    const text = typed.trim();
    if (!text) return null;
    const refuse = (message: "number" | "valueTooLarge" | "negative") => {
      ctx.addIssue({ code: "custom", message, params: { limit: formatNumber(valueLimitText, 0, locale) } });
      return z.NEVER;
    };
    const parsed = parseLocaleNumber(text, locale);
    if (!parsed.ok) return refuse("number");
    if (!fitsValueColumn(parsed.value)) return refuse("valueTooLarge");
    if (parsed.value.startsWith("-")) return refuse("negative");
    return parsed.value;
  });
}

/** The targets form: the year and each indicator's target by its code (form fields `target:<code>`). */
export const targetsForm = (locale: Locale) =>
  z.object({ year, targets: z.record(z.string().max(100), typedTarget(locale)) });

export function targetsFields(form: FormData) {
  const targets = [...form.entries()]
    .filter(([key, value]) => key.startsWith("target:") && typeof value === "string")
    .map(([key, value]) => [key.slice("target:".length), value]);
  return { year: form.get("year"), targets: Object.fromEntries(targets) };
}
