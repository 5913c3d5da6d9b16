import { AppNav } from "@/components/app-nav";
import { LanguageSwitch } from "@/components/language-switch";
import { SignOutButton } from "@/components/sign-out-button";
import { Alert } from "@/components/ui/alert";
import { canAdminister, canCompareOrganisations, canCompileReports, canOpenEntry } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getDictionary } from "@/lib/i18n/dictionary";
import { findProfiles, getProfileAt } from "@/lib/org/data";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const t = getDictionary(user.locale);
  // Before its first profile takes effect, the organisation is shown as that profile names it.
  const profile = (await getProfileAt({ organisationId: user.organisationId, date: new Date() })) ?? (await findProfiles({ organisationId: user.organisationId })).at(-1);
  const items = [
    { href: "/", label: t.nav.overview },
    ...(canOpenEntry(user) ? [{ href: "/entry", label: t.nav.entry }] : []),
    ...(canCompileReports(user) ? [{ href: "/reports", label: t.nav.reports }] : []),
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
