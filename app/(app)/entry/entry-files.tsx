import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { Dictionary } from "@/lib/i18n/dictionary";

/** Excel: the month's template, the import page, and an export of any period. */
export function EntryFiles({ month, text, targetsLabel }: { month: string; text: Dictionary["import"]; targetsLabel: string }) {
  return (
    <div className="no-print flex flex-wrap items-center gap-3 text-sm">
      <a href={`/entry/template?month=${month}`} className={buttonVariants({ variant: "outline", size: "sm" })} download>
        {text.template}
      </a>
      <Link href="/entry/import" className={buttonVariants({ variant: "outline", size: "sm" })}>
        {text.title}
      </Link>
      <form method="get" action="/entry/export" className="flex items-center gap-2">
        <Input name="period" defaultValue={month} aria-label={text.exportPeriod} title={text.exportPeriod} pattern="\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]|9M))?" className="h-8 w-28" />
        <button type="submit" className={buttonVariants({ variant: "outline", size: "sm" })}>
          {text.export}
        </button>
      </form>
      <Link href="/entry/targets" className="text-brand-700 underline">
        {targetsLabel}
      </Link>
    </div>
  );
}
