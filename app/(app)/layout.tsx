import { Link } from "@/components/link";
import { AppNav } from "@/components/app-nav";
import { BellIcon } from "@/components/icons/bell-icon";
import { LanguageSwitch } from "@/components/language-switch";
import { SignOutButton } from "@/components/sign-out-button";
import { Alert } from "@/components/ui/alert";
import {
  calendarRoles,
  canAdminister,
  canCompareOrganisations,
  canCompileReports,
  canOpenEntry,
  hasRole,
} from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { countUnread } from "@/lib/notifications/data";
import { findProfiles, getProfileAt } from "@/lib/org/data";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const t = getDictionary(user.locale);
  // Before its first profile takes effect, the organisation is shown as that profile names it.
  const [current, unread] = await Promise.all([
    getProfileAt({ organisationId: user.organisationId, date: new Date() }),
    countUnread({ actor: user }),
  ]);
  const profile = current ?? (await findProfiles({ organisationId: user.organisationId })).at(-1);
  // Organisations report to a ministry: it enters and reports nothing itself, and reads what they send.
  const reports = !user.receivesSubmissions;
  const items = [
    ...(reports ? [{ href: "/", label: t.nav.overview }] : [{ href: "/ministry", label: t.nav.ministry }]),
    ...(reports && canOpenEntry(user) ? [{ href: "/entry", label: t.nav.entry }] : []),
    ...(reports && canCompileReports(user) ? [{ href: "/reports", label: t.nav.reports }] : []),
    ...(reports && hasRole(user, calendarRoles) ? [{ href: "/calendar", label: t.nav.calendar }] : []),
    ...(canCompareOrganisations(user) ? [{ href: "/compare", label: t.dashboard.compare }] : []),
    ...(canAdminister(user) ? [{ href: "/admin", label: t.nav.admin }] : []),
  ];
  return (
    <div className="min-h-screen">
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <p className="font-semibold text-brand-900">{t.app.name}</p>
            <p className="text-xs text-slate-600" data-testid="organisation-name">
              {profile ? `${profile.name} · ${profile.parentAuthority}` : ""}
            </p>
          </div>
          <AppNav items={items} label={t.nav.mainMenu} />
          <div className="flex flex-wrap items-center gap-3">
            <div className="text-right text-xs">
              <p className="font-medium text-slate-800" data-testid="user-name">
                {user.displayName}
              </p>
              <p className="text-slate-500">
                {t.roles[user.role]}
                {user.unitName ? ` · ${user.unitName}` : ""}
              </p>
            </div>
            <Link
              href="/notifications"
              className="relative rounded-md p-2 text-slate-700 hover:bg-slate-200"
              aria-label={
                unread
                  ? `${t.notifications.bell}, ${fill(t.notifications.unread, { n: unread })}`
                  : t.notifications.bell
              }
              data-testid="bell"
            >
              <BellIcon className="size-5" />
              {unread > 0 && (
                <span
                  className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold text-white"
                  data-testid="bell-count"
                >
                  {unread > 99 ? "99+" : unread}
                </span>
              )}
            </Link>
            <LanguageSwitch locale={user.locale} label={t.nav.language} names={t.languages} />
            <SignOutButton label={t.nav.signOut} />
          </div>
        </div>
      </header>
      {user.organisationIsDemo && (
        <div className="no-print mx-auto max-w-7xl px-4 pt-3">
          <Alert tone="warning" data-testid="demo-banner">
            {t.demo.banner}
          </Alert>
        </div>
      )}
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </div>
  );
}
