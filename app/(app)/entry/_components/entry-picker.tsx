import { MonthInput } from "@/components/pickers/month-input";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { getDictionary, type Dictionary, type Locale } from "@/lib/i18n/dictionary";
import { pickerYears } from "@/lib/periods/choices";
import { monthOf } from "@/lib/periods/period";

/** Month and field in the URL, so a view can be bookmarked and shared. */
export function EntryPicker({
  month,
  field,
  fields,
  locale,
  text,
}: {
  month: string;
  field: string;
  fields: { code: string; name: string }[];
  locale: Locale;
  text: Dictionary["entry"];
}) {
  const thisYear = Math.floor(monthOf(new Date()) / 100);
  const years = pickerYears(thisYear);
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-3">
      <MonthInput
        id="entry-month"
        name="month"
        label={text.month}
        defaultValue={month}
        years={years}
        text={getDictionary(locale).pickers}
      />
      <div className="space-y-1">
        <Label htmlFor="entry-field">{text.field}</Label>
        <Select id="entry-field" name="field" defaultValue={field} className="block">
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
