import { Link } from "@/components/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { FormField } from "@/components/form-field";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getI18n } from "@/lib/i18n/server";
import { setupOrganisationAction } from "@/lib/org/actions";
import { countOrganisations } from "@/lib/org/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle((t) => t.setup.title);

export const dynamic = "force-dynamic";

/** First run of a clean installation: the set-up code from the console, the organisation and its first administrator. */
export default async function SetupPage() {
  if ((await countOrganisations()) > 0) redirect("/login");
  const { t } = await getI18n();
  return (
    <Card className="w-full max-w-lg">
      <CardHeader>
        <CardTitle as="h1">{t.setup.title}</CardTitle>
        <p className="mt-1 text-sm text-slate-600">{t.setup.intro}</p>
      </CardHeader>
      <CardContent>
        <ActionForm action={setupOrganisationAction} submitLabel={t.setup.submit}>
          <FormField
            name="setupCode"
            label={t.setup.setupCode}
            hint={t.setup.setupCodeHint}
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="XXXX-XXXX-XXXX"
          />
          <FormField
            name="code"
            label={t.setup.code}
            required
            pattern="[a-z0-9][a-z0-9-]+"
            placeholder="vinh-long-skhcn"
          />
          <FormField name="name" label={t.setup.name} required placeholder="Sở Khoa học và Công nghệ" />
          <FormField
            name="parentAuthority"
            label={t.setup.parentAuthority}
            required
            placeholder="UBND tỉnh Vĩnh Long"
          />
          <div className="grid grid-cols-2 gap-3">
            <FormField name="place" label={t.setup.place} required placeholder="Vĩnh Long" />
            <FormField name="documentCode" label={t.setup.documentCode} required placeholder="SKHCN" />
          </div>
          <div className="grid grid-cols-2 gap-3">
            <FormField name="adminUsername" label={t.setup.adminUsername} required autoComplete="username" />
            <FormField
              name="adminPassword"
              label={t.setup.adminPassword}
              type="password"
              required
              minLength={10}
              autoComplete="new-password"
            />
          </div>
        </ActionForm>
        <Link href="/login" className="mt-4 block text-sm text-brand-700 underline">
          {t.auth.title}
        </Link>
      </CardContent>
    </Card>
  );
}
