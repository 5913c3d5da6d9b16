import { ActionForm } from "@/components/action-form";
import { FormField } from "@/components/form-field";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { administrators } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { findFields } from "@/lib/catalog/data";
import { getDictionary, type Locale, type Dictionary } from "@/lib/i18n/dictionary";
import { saveUnitAction } from "@/lib/org/actions";
import { findUnits } from "@/lib/org/data";
import { pageTitle } from "@/lib/i18n/metadata";
import { localName } from "@/lib/i18n/local-name";

export const generateMetadata = pageTitle((t) => t.admin.units);

type Unit = Awaited<ReturnType<typeof findUnits>>[number];
type Field = Awaited<ReturnType<typeof findFields>>[number];

function UnitForm({ unit, fields, t, locale }: { unit?: Unit; fields: Field[]; t: Dictionary; locale: Locale }) {
  const chosen = new Set(unit?.fields.map((f) => f.fieldCode));
  const key = unit?.id ?? "new";
  return (
    <ActionForm
      action={saveUnitAction}
      idKey={key}
      submitLabel={unit ? t.admin.save : t.admin.add}
      testId={`unit-${unit?.code ?? "new"}`}
    >
      {unit && <input type="hidden" name="id" value={unit.id} />}
      <div className="grid grid-cols-3 gap-3">
        <FormField name="code" label={t.admin.unitCode} defaultValue={unit?.code} required />
        <FormField
          name="name"
          label={t.admin.unitName}
          defaultValue={unit?.name}
          required
          className="col-span-2 space-y-1"
        />
        <FormField
          name="dueDay"
          label={t.admin.unitDueDay}
          type="number"
          min={1}
          max={28}
          defaultValue={unit?.dueDay ?? ""}
          hint={t.admin.unitDueDayHint}
          className="col-span-3 space-y-1"
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">{t.admin.unitFields}</legend>
        <div className="mt-1 grid grid-cols-2 gap-1 text-sm">
          {fields.map((f) => (
            <label key={f.code} className="flex items-center gap-2">
              <input type="checkbox" name="fieldCodes" value={f.code} defaultChecked={chosen.has(f.code)} />{" "}
              {localName(f, locale)}
            </label>
          ))}
        </div>
      </fieldset>
    </ActionForm>
  );
}

export default async function UnitsPage() {
  const user = await requireRole(...administrators);
  const t = getDictionary(user.locale);
  const [units, fields] = await Promise.all([findUnits({ organisationId: user.organisationId }), findFields()]);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {units.map((unit) => (
        <Card key={unit.id}>
          <CardHeader>
            <CardTitle>{unit.name}</CardTitle>
          </CardHeader>
          <CardContent>
            <UnitForm unit={unit} fields={fields} t={t} locale={user.locale} />
          </CardContent>
        </Card>
      ))}
      <Card>
        <CardHeader>
          <CardTitle>{t.admin.add}</CardTitle>
        </CardHeader>
        <CardContent>
          <UnitForm fields={fields} t={t} locale={user.locale} />
        </CardContent>
      </Card>
    </div>
  );
}
