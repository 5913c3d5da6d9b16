import { Link } from "@/components/link";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getRequestLocale } from "@/lib/i18n/server";

// The language comes from the request only: this page must not need the database.

export async function generateMetadata() {
  return { title: getDictionary(await getRequestLocale()).errorPage.notFoundTitle };
}

export default async function NotFound() {
  const t = getDictionary(await getRequestLocale());
  return (
    <main className="mx-auto mt-24 max-w-md space-y-4 p-4 text-center">
      <h1 className="text-xl font-semibold">{t.errorPage.notFoundTitle}</h1>
      <Alert tone="warning">{t.errorPage.notFound}</Alert>
      <Link href="/" className={buttonVariants({ variant: "outline" })}>
        {t.auth.backHome}
      </Link>
    </main>
  );
}
