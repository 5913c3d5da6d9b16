import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/input";
import type { Dictionary } from "@/lib/i18n/dictionary";

/** Month and field in the URL, so a view can be bookmarked and shared. */
export function EntryPicker({ month, field, fields, text }: { month: string; field: string; fields: { code: string; name: string }[]; text: Dictionary["entry"] }) {
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <Label htmlFor="entry-month">{text.month}</Label>
        <Input id="entry-month" name="month" type="month" defaultValue={month} required className="w-44" />
      </div>
      <div className="space-y-1">
        <Label htmlFor="entry-field">{text.field}</Label>
        <Select id="entry-field" name="field" defaultValue={field}>
          {fields.map((f) => (
            <option key={f.code} value={f.code}>
              {f.name}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit" variant="outline">
        {text.show}
      </Button>
    </form>
  );
}
