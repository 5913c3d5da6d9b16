import { cva, type VariantProps } from "class-variance-authority";

const selectVariants = cva("rounded-md border border-slate-300 bg-white px-2 text-sm shadow-sm", {
  variants: { compact: { true: "h-8", false: "h-9" } },
  defaultVariants: { compact: false },
});

export function Select({
  className,
  compact,
  ...props
}: React.ComponentProps<"select"> & VariantProps<typeof selectVariants>) {
  return <select className={selectVariants({ compact, className })} {...props} />;
}
