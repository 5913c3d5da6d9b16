import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { countOrganisations } from "@/lib/org/data";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { LoginForm } from "./login-form";

export const dynamic = "force-dynamic";

export const generateMetadata = pageTitle((t) => t.auth.title);

export default async function LoginPage() {
  if ((await countOrganisations()) === 0) redirect("/setup");
  if (await getSessionUser()) redirect("/");
  const { t } = await getI18n();
  return (
    <Card className="w-full max-w-sm">
      <CardHeader>
        <CardTitle as="h1">{t.auth.title}</CardTitle>
      </CardHeader>
      <CardContent>
        <LoginForm
          text={{
            username: t.auth.username,
            password: t.auth.password,
            submit: t.auth.submit,
            submitting: t.auth.submitting,
            invalid: t.auth.invalid,
            lockedOut: t.auth.lockedOut,
            required: t.auth.required,
          }}
        />
      </CardContent>
    </Card>
  );
}
