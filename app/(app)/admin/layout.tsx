import { AppNav } from "@/components/app-nav";
import { administrators } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { getDictionary } from "@/lib/i18n/dictionary";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireRole(...administrators);
  const t = getDictionary(user.locale);
  const tabs = [
    { href: "/admin/organisation", label: t.admin.organisation },
    { href: "/admin/units", label: t.admin.units },
    { href: "/admin/users", label: t.admin.users },
    { href: "/admin/tokens", label: t.admin.tokens },
    { href: "/admin/auth-log", label: t.authLog.title },
    { href: "/admin/templates", label: t.templates.title },
  ];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.admin.title}</h1>
      <AppNav items={tabs} label={t.admin.title} />
      {children}
    </div>
  );
}
