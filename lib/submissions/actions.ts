"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define";
import { reportRoles } from "@/lib/auth/roles";
import { acceptSubmission, returnSubmission, submitReport } from "./mutations";
import { decideForm, returnForm, submitForm } from "./schema";

// The report page's "send to the ministry" and the ministry's accept and return.

export const submitReportAction = defineFormAction({
  roles: reportRoles,
  schema: submitForm,
  done: (t) => t.submissions.sent,
  run: async ({ actor, input }) => {
    await submitReport({ actor, reportId: input.reportId });
    revalidatePath(`/reports/${input.reportId}`);
  },
});

export const acceptSubmissionAction = defineFormAction({
  roles: reportRoles,
  schema: decideForm,
  done: (t) => t.submissions.acceptedDone,
  run: async ({ actor, input }) => {
    await acceptSubmission({ actor, id: input.id });
    revalidatePath("/ministry");
  },
});

export const returnSubmissionAction = defineFormAction({
  roles: reportRoles,
  schema: returnForm,
  done: (t) => t.submissions.returnedDone,
  run: async ({ actor, input }) => {
    await returnSubmission({ actor, id: input.id, reason: input.reason });
    revalidatePath("/ministry");
  },
});
