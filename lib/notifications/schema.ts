import { z } from "zod";

export const openNotificationForm = z.object({ id: z.string().min(1).max(100) });

/** An empty address clears it; the box unticked turns e-mail off. */
export const emailSettingsForm = z.object({
  email: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z.string().trim().max(254).email("format").nullable(),
  ),
  emailNotifications: z.preprocess((v) => v === "on" || v === true, z.boolean()),
});
