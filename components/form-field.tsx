import { Input, Label } from "@/components/ui/input";

/** A labelled input; `id` tells apart forms of the same kind on a page (one per unit, say). */
export function FormField({ name, label, className, id: formKey, ...props }: React.ComponentProps<"input"> & { name: string; label: string }) {
  const id = `f-${name}-${formKey ?? ""}`;
  return (
    <div className={className ?? "space-y-1"}>
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} {...props} />
    </div>
  );
}
