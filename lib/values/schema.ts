import { z } from "zod";
import { storableText } from "@/lib/forms/fields";
import { isMonthCode, maxYear, minYear, parsePeriod } from "@/lib/periods/period";
import { fitsValueColumn, valueLimitText } from "./checks";

const years = { min: minYear, max: maxYear };

export const monthCode = z.string().refine(isMonthCode, { message: "monthCode", params: years });

/** A month, or the quarter, half year or year of an indicator reported only by such periods: 2023-06, 2023-Q1, 2023-H1, 2023. */
export const entryPeriodCode = z
  .string()
  .refine((code) => ["month", "quarter", "half", "year"].includes(parsePeriod(code)?.kind ?? ""), {
    message: "entryPeriod",
    params: years,
  });

/** A decimal as JSON number or string; kept as a string so nothing is rounded on the way in. */
export const decimalInput = z
  .union([z.number().finite(), z.string().trim()])
  .transform((v) => (typeof v === "number" ? String(v) : v))
  .refine((v) => /^-?\d+(\.\d+)?$/.test(v), "decimal")
  .refine(fitsValueColumn, { message: "valueTooLarge", params: { limit: valueLimitText } });

export const valueInput = z.object({
  indicator: z.string().min(1).max(100),
  value: decimalInput.nullable(),
  estimate: z.boolean().optional(),
  note: storableText.trim().max(1000).nullable().optional(),
  version: z.int32().min(0).optional(),
});
export type ValueInput = z.infer<typeof valueInput>;

export const saveValuesInput = z.object({
  org: z.string().min(1).max(60),
  period: entryPeriodCode,
  values: z.array(valueInput).min(1).max(500),
});
export type SaveValuesInput = z.infer<typeof saveValuesInput>;

/** The entry page's history of one value. */
export const valueHistoryInput = z.object({
  org: storableText.min(1).max(60),
  period: entryPeriodCode,
  indicator: storableText.min(1).max(100),
});

export const valuesQuery = z.object({
  org: z.string().min(1).max(60),
  period: entryPeriodCode,
  field: z.string().min(1).max(60).optional(),
});

export function yearMonthOfCode(code: string): number {
  return Number(code.slice(0, 4)) * 100 + Number(code.slice(5, 7));
}

export function codeOfYearMonth(ym: number): string {
  return `${Math.floor(ym / 100)}-${String(ym % 100).padStart(2, "0")}`;
}
