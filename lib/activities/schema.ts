import { z } from "zod";
import { formText, storableText } from "@/lib/forms/fields";
import { monthCode } from "@/lib/values/schema";

export const addActivityInput = z.object({
  month: monthCode,
  field: z.string().min(1).max(60),
  kind: z.enum(["done", "plan"]),
  text: storableText.trim().min(3).max(2000),
});

export const removeActivityInput = z.object({ id: formText.pipe(z.string().min(1).max(100)) });
