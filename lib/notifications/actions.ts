"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define";
import { roles } from "@/lib/auth/roles";
import { markAllRead, openNotification, saveEmailSettings } from "./mutations";
import { emailSettingsForm, openNotificationForm } from "./schema";

// Every signed-in user has notifications of their own: opening one marks it read.

export const openNotificationAction = defineFormAction({
  roles,
  schema: openNotificationForm,
  run: async ({ actor, input }) => {
    const link = await openNotification({ actor, id: input.id });
    revalidatePath("/", "layout");
    redirect(link);
  },
});

export const markAllReadAction = defineFormAction({
  roles,
  schema: z.object({}),
  done: (t) => t.notifications.markedAllRead,
  run: async ({ actor }) => {
    await markAllRead({ actor });
    revalidatePath("/", "layout");
  },
});

export const saveEmailSettingsAction = defineFormAction({
  roles,
  schema: emailSettingsForm,
  done: (t) => t.notifications.emailSaved,
  run: async ({ actor, input }) => {
    await saveEmailSettings({ actor, email: input.email, emailNotifications: input.emailNotifications });
    revalidatePath("/notifications");
  },
});
