import { Link } from "@/components/link";
import { cn } from "@/lib/cn";

/** A small segmented control made of links, so every choice is a shareable URL. */
export function ChoiceLinks({
  label,
  options,
}: {
  label: string;
  options: { href: string; label: string; active: boolean }[];
}) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap items-center gap-1 text-sm">
      <span className="mr-1 text-slate-500">{label}:</span>
      {options.map((o) => (
        <Link
          key={o.href}
          href={o.href}
          aria-current={o.active ? "true" : undefined}
          className={cn(
            "whitespace-nowrap rounded px-2 py-1",
            o.active ? "bg-brand-700 text-white" : "bg-white text-slate-700 hover:bg-slate-200",
          )}
        >
          {o.label}
        </Link>
      ))}
    </div>
  );
}
