import { z } from "zod";
import { decimalInput } from "@/lib/values/schema";

export const targetsInput = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  targets: z.array(z.object({ indicator: z.string().min(1).max(100), value: decimalInput.nullable() })).max(500),
});
export type TargetsInput = z.infer<typeof targetsInput>;
