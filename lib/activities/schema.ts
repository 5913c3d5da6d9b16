import { z } from "zod";
import { monthCode } from "@/lib/values/schema";

export const addActivityInput = z.object({
  month: monthCode,
  field: z.string().min(1).max(60),
  kind: z.enum(["done", "plan"]),
  text: z.string().trim().min(3).max(2000),
});
