import { cn } from "@/lib/cn";

const tones = {
  info: "border-brand-100 bg-brand-50 text-brand-900",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  error: "border-red-200 bg-red-50 text-red-800",
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
};

export function Alert({ tone = "info", className, ...props }: React.ComponentProps<"div"> & { tone?: keyof typeof tones }) {
  return <div className={cn("rounded-md border px-3 py-2 text-sm", tones[tone], className)} {...props} />;
}

export function Badge({ className, ...props }: React.ComponentProps<"span">) {
  return <span className={cn("inline-flex items-center rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700", className)} {...props} />;
}
