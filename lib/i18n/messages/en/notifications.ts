import type { notificationsMessages as viNotifications } from "../vi/notifications";

export const notificationsMessages: typeof viNotifications = {
  notifications: {
    title: "Notifications",
    bell: "Notifications",
    unread: "{n} unread",
    none: "No notifications yet.",
    markAllRead: "Mark all as read",
    markedAllRead: "All marked as read.",
    isUnread: "Unread",
    kinds: {
      figures_due_soon: "{unit}'s figures of {month} are due on {due}.",
      figures_overdue: "{unit}'s figures of {month} are overdue (due on {due}).",
      report_due_soon: "The report of {period} is due on {due}.",
      report_overdue: "The report of {period} is overdue (due on {due}).",
      month_locked: "The figures of {month} were locked.",
      report_for_signature: "The report of {period} was sent for signature.",
      report_returned: "The report of {period} was returned to draft to be corrected.",
      report_signed: "The report of {period} was signed.",
      submission_received: "{organisation} sent its report of {period}.",
      submission_accepted: "The ministry accepted the report of {period}.",
      submission_returned: "The ministry returned the report of {period}: {reason}",
    },
    email: "Receive notifications by e-mail",
    emailAddress: "E-mail address",
    emailHint: "Mail goes out only once the organisation has set up its mail server (Administration → Organisation).",
    emailSaved: "E-mail settings saved.",
    mailOpen: "Open in ICT Report Desk: {url}",
    mailUnsubscribe: "To stop these e-mails, untick «Receive notifications by e-mail» at {url}",
  },
};
