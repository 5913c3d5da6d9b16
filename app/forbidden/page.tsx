import { Link } from "@/components/link";
import { getI18n } from "@/lib/i18n/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle((t) => t.errorPage.forbiddenTitle);

export const dynamic = "force-dynamic";

export default async function ForbiddenPage() {
  const { t } = await getI18n();
  return (
    <main className="mx-auto mt-24 max-w-md space-y-4 p-4 text-center">
      <Alert tone="warning">{t.auth.forbidden}</Alert>
      <Link href="/" className={buttonVariants({ variant: "outline" })}>
        {t.auth.backHome}
      </Link>
    </main>
  );
}
