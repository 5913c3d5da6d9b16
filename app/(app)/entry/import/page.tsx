import { requireUser } from "@/lib/auth/session";
import { getDictionary } from "@/lib/i18n/dictionary";
import { importLimitsText } from "@/lib/values/import";
import { ImportForm } from "./import-form";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle((t) => t.import.title);

export const dynamic = "force-dynamic";

export default async function ImportPage() {
  const user = await requireUser();
  const t = getDictionary(user.locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.import.title}</h1>
      <p className="text-sm text-slate-600">{importLimitsText(user.locale)}</p>
      <ImportForm text={t.import} errors={t.errors} locale={user.locale} />
    </div>
  );
}
