import { Input, Label } from "@/components/ui/input";

/** A labelled input, with an optional hint read out with it; `id` tells apart forms of the same kind on a page (one per unit, say). */
export function FormField({ name, label, hint, className, id: formKey, ...props }: React.ComponentProps<"input"> & { name: string; label: string; hint?: React.ReactNode }) {
  const id = `f-${name}-${formKey ?? ""}`;
  return (
    <div className={className ?? "space-y-1"}>
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} aria-describedby={hint ? `${id}-hint` : undefined} {...props} />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
    </div>
  );
}
