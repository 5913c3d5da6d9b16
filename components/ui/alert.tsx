import { cva, type VariantProps } from "class-variance-authority";

const alertVariants = cva("rounded-md border px-3 py-2 text-sm", {
  variants: {
    tone: {
      info: "border-brand-100 bg-brand-50 text-brand-900",
      warning: "border-amber-200 bg-amber-50 text-amber-900",
      error: "border-red-200 bg-red-50 text-red-800",
      success: "border-emerald-200 bg-emerald-50 text-emerald-900",
    },
  },
  defaultVariants: { tone: "info" },
});

export function Alert({ tone, className, ...props }: React.ComponentProps<"div"> & VariantProps<typeof alertVariants>) {
  return <div className={alertVariants({ tone, className })} {...props} />;
}
