"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/i18n/actions";
import type { Locale } from "@/lib/i18n/dictionary";
import { clsx } from "clsx";

interface Props {
  locale: Locale;
  label: string;
  names: Record<Locale, string>;
}

export function LanguageSwitch({ locale, label, names }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const choose = (next: Locale) =>
    startTransition(async () => {
      await setLocaleAction(next);
      router.refresh();
    });
  return (
    <div role="group" aria-label={label} className="flex items-center gap-1 text-xs">
      {(Object.keys(names) as Locale[]).map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          disabled={pending}
          aria-pressed={code === locale}
          onClick={() => choose(code)}
          className={clsx(
            "rounded px-2 py-1",
            code === locale ? "bg-brand-700 text-white" : "text-slate-600 hover:bg-slate-200",
          )}
        >
          {names[code]}
        </button>
      ))}
    </div>
  );
}
