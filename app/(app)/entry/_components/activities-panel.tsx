import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { findActivities } from "@/lib/activities/data";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { ActivityForm, RemoveActivityForm } from "./activity-form";

/** The month's short items of what was done and what is planned, for the report's text; fixed once the month is locked. */
export async function ActivitiesPanel({
  organisationId,
  yearMonth,
  month,
  field,
  editable: mayEdit,
  locked,
  text,
}: {
  organisationId: string;
  yearMonth: number;
  month: string;
  field: string;
  editable: boolean;
  locked: boolean;
  text: Dictionary["activities"];
}) {
  const items = await findActivities({ organisationId, yearMonth, fieldCode: field });
  const editable = mayEdit && !locked;
  return (
    <Card className="no-print">
      <CardHeader>
        <CardTitle>{text.title}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4 md:grid-cols-2">
        {locked && mayEdit && (
          <Alert tone="warning" className="md:col-span-2" data-testid="activities-locked">
            {text.locked}
          </Alert>
        )}
        {(["done", "plan"] as const).map((kind) => (
          <div key={kind} className="space-y-2" data-testid={`activities-${kind}`}>
            <h3 className="text-sm font-medium">{text[kind]}</h3>
            <ul className="space-y-1 text-sm">
              {items
                .filter((a) => a.kind === kind)
                .map((a) => (
                  <li
                    key={a.id}
                    className="flex items-start justify-between gap-2 rounded border border-slate-100 px-2 py-1"
                  >
                    <span>- {a.text}</span>
                    {editable && <RemoveActivityForm id={a.id} text={text} />}
                  </li>
                ))}
              {!items.some((a) => a.kind === kind) && <li className="text-slate-500">{text.empty}</li>}
            </ul>
            {editable && <ActivityForm month={month} field={field} kind={kind} text={text} />}
          </div>
        ))}
      </CardContent>
    </Card>
  );
}
