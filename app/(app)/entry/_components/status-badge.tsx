import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { MonthStatus } from "@/lib/workflow/status";

const tones: Record<MonthStatus | "overdue", string> = {
  open: "",
  submitted: "bg-emerald-100 text-emerald-800",
  locked: "bg-slate-800 text-white",
  overdue: "bg-red-100 text-red-800",
};

/** A month's state for a unit, in the colours the status board's legend explains. */
export function StatusBadge({
  status,
  className,
  ...props
}: React.ComponentProps<"span"> & { status: MonthStatus | "overdue" }) {
  return <Badge className={cn(tones[status], className)} {...props} />;
}
