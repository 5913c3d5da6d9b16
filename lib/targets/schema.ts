import { z } from "zod";
import { storableText } from "@/lib/forms/fields";
import { maxYear, minYear } from "@/lib/periods/period";
import { decimalInput } from "@/lib/values/schema";

export const targetsInput = z.object({
  year: z.coerce.number().int().min(minYear).max(maxYear),
  targets: z.array(z.object({ indicator: storableText.min(1).max(100), value: decimalInput.nullable() })).max(500),
});
export type TargetsInput = z.infer<typeof targetsInput>;
