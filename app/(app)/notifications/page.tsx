import { ActionForm } from "@/components/action-form";
import { FormField } from "@/components/form-field";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { cn } from "@/lib/cn";
import { formatDateTime } from "@/lib/format/date";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageTitle } from "@/lib/i18n/metadata";
import { markAllReadAction, openNotificationAction, saveEmailSettingsAction } from "@/lib/notifications/actions";
import { findNotifications, getEmailSettings } from "@/lib/notifications/data";
import { notificationText } from "@/lib/notifications/messages";
import { OpenNotification } from "./open-notification";

export const generateMetadata = pageTitle((t) => t.notifications.title);

export const dynamic = "force-dynamic";

/** The user's notifications, each leading to where to act (and read once opened), and whether they are e-mailed. */
export default async function NotificationsPage() {
  const user = await requireUser();
  const t = getDictionary(user.locale);
  const [notifications, email] = await Promise.all([
    findNotifications({ actor: user }),
    getEmailSettings({ actor: user }),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.notifications.title}</h1>
      <Card>
        <CardContent className="space-y-3 pt-4">
          {notifications.length === 0 ? (
            <p className="text-slate-600">{t.notifications.none}</p>
          ) : (
            <>
              <ActionForm action={markAllReadAction} submitLabel={t.notifications.markAllRead} testId="mark-all-read">
                {null}
              </ActionForm>
              <ul className="divide-y divide-slate-200" data-testid="notifications">
                {notifications.map((n) => (
                  <li key={n.id} className={cn("py-2", !n.readAt && "font-medium")} data-read={n.readAt ? "yes" : "no"}>
                    <OpenNotification
                      id={n.id}
                      action={openNotificationAction}
                      label={notificationText(n.kind, n.params, user.locale)}
                    />
                    <span className="block text-xs font-normal text-slate-500">
                      {formatDateTime(n.createdAt, user.locale)}
                      {!n.readAt && ` · ${t.notifications.isUnread}`}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t.notifications.email}</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={saveEmailSettingsAction} submitLabel={t.admin.save} testId="email-settings">
            <FormField
              name="email"
              type="email"
              label={t.notifications.emailAddress}
              defaultValue={email.email ?? ""}
              hint={t.notifications.emailHint}
            />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="emailNotifications" defaultChecked={email.emailNotifications} />{" "}
              {t.notifications.email}
            </label>
          </ActionForm>
        </CardContent>
      </Card>
    </div>
  );
}
