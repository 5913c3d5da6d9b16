import { clsx } from "clsx";

export function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return (
    <textarea
      className={clsx("w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm", className)}
      {...props}
    />
  );
}
