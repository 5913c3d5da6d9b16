"use client";

import { Link } from "@/components/link";
import { usePathname } from "next/navigation";
import { clsx } from "clsx";

export interface NavItem {
  href: string;
  label: string;
}

export function AppNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  const isActive = (href: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));
  return (
    <nav aria-label={label} className="flex flex-wrap gap-1">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={isActive(item.href) ? "page" : undefined}
          className={clsx(
            "rounded-md px-3 py-2 text-sm font-medium",
            isActive(item.href) ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-200",
          )}
        >
          {item.label}
        </Link>
      ))}
    </nav>
  );
}
