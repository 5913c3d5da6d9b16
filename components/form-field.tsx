import { Input, Label } from "@/components/ui/input";

/** A labelled input; the label's id ties them together for screen readers and tests. */
export function FormField({ name, label, className, ...props }: React.ComponentProps<"input"> & { name: string; label: string }) {
  const id = `f-${name}-${props.id ?? ""}`;
  return (
    <div className={className ?? "space-y-1"}>
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} {...props} />
    </div>
  );
}
