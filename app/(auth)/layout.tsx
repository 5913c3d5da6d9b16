import { getI18n } from "@/lib/i18n/server";
import { LanguageSwitch } from "@/components/language-switch";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const { locale, t } = await getI18n();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 p-4">
      <div className="text-center">
        <p className="text-2xl font-semibold text-brand-900">{t.app.name}</p>
        <p className="text-sm text-slate-600">{t.app.tagline}</p>
      </div>
      {children}
      <LanguageSwitch locale={locale} label={t.nav.language} names={t.languages} />
    </main>
  );
}
