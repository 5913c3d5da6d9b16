import { ActionForm } from "@/components/action-form";
import { DateField, FormField, SelectField, TextareaField } from "@/components/form-field";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { administrators } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { formatDate } from "@/lib/format/date";
import { getDictionary } from "@/lib/i18n/dictionary";
import { saveMailServerAction, saveProfileAction } from "@/lib/org/actions";
import { findProfiles, getDisplayNameAt, getOrganisation } from "@/lib/org/data";
import { deadlineSettingNames } from "@/lib/org/schema";
import { moneyWordings } from "@/lib/format/number";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle((t) => t.admin.organisation);

export default async function OrganisationSettingsPage() {
  const user = await requireRole(...administrators);
  const t = getDictionary(user.locale);
  const [organisation, profiles, displayName] = await Promise.all([
    getOrganisation({ organisationId: user.organisationId }),
    findProfiles({ organisationId: user.organisationId }),
    getDisplayNameAt({ organisationId: user.organisationId, date: new Date() }),
  ]);
  const current = profiles[0];
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle>
            {t.admin.organisation} · {displayName}
          </CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={saveProfileAction} submitLabel={t.admin.save} testId="profile-form">
            <DateField
              name="effectiveFrom"
              label={t.admin.effectiveFrom}
              defaultValue={today}
              required
              text={t.pickers}
            />
            <FormField name="name" label={t.admin.name} defaultValue={current?.name} required />
            <FormField
              name="parentAuthority"
              label={t.admin.parentAuthority}
              defaultValue={current?.parentAuthority}
              required
            />
            <TextareaField
              name="headerNameLines"
              label={t.admin.headerNameLines}
              hint={t.admin.headerNameLinesHelp}
              rows={3}
              defaultValue={current?.headerNameLines.join("\n")}
            />
            <div className="grid grid-cols-3 gap-3">
              <FormField name="place" label={t.admin.place} defaultValue={current?.place} required />
              <FormField
                name="documentCode"
                label={t.admin.documentCode}
                defaultValue={current?.documentCode}
                required
              />
              <FormField
                name="archiveUnit"
                label={t.admin.archiveUnit}
                defaultValue={current?.archiveUnit ?? "VP"}
                required
              />
            </div>
            <FormField name="signerName" label={t.admin.signerName} defaultValue={current?.signerName} />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="signerIsDeputy" defaultChecked={current?.signerIsDeputy} />{" "}
              {t.admin.signerIsDeputy}
            </label>
            <TextareaField
              name="recipients"
              label={t.admin.recipients}
              rows={8}
              defaultValue={current?.recipients.join("\n")}
            />
            <SelectField
              name="moneyWording"
              label={t.admin.moneyWording}
              defaultValue={current?.moneyWording ?? "dong"}
            >
              {moneyWordings.map((w) => (
                <option key={w} value={w}>
                  {t.admin.moneyWordings[w]}
                </option>
              ))}
            </SelectField>
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium text-slate-700">{t.admin.deadlines}</legend>
              <p className="text-xs text-slate-600">{t.calendar.rule}</p>
              <div className="grid gap-3 sm:grid-cols-3">
                {deadlineSettingNames.map((name) => (
                  <FormField
                    key={name}
                    name={name}
                    label={t.admin.deadlineDays[name]}
                    type="number"
                    min={1}
                    max={name === "yearReportDay" ? 30 : 28}
                    defaultValue={organisation[name]}
                    required
                  />
                ))}
              </div>
            </fieldset>
          </ActionForm>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t.admin.mailServer}</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={saveMailServerAction} submitLabel={t.admin.save} testId="mail-server">
            <p className="text-sm text-slate-600">{t.admin.mailServerHint}</p>
            <div className="grid gap-3 sm:grid-cols-3">
              <FormField
                name="smtpHost"
                label={t.admin.smtpHost}
                defaultValue={organisation.smtpHost ?? ""}
                className="space-y-1 sm:col-span-2"
              />
              <FormField
                name="smtpPort"
                label={t.admin.smtpPort}
                type="number"
                min={1}
                max={65535}
                defaultValue={organisation.smtpPort}
                required
              />
              <FormField
                name="smtpUser"
                label={t.admin.smtpUser}
                defaultValue={organisation.smtpUser ?? ""}
                autoComplete="off"
              />
              <FormField name="smtpPassword" label={t.admin.smtpPassword} type="password" autoComplete="new-password" />
              <FormField
                name="smtpFrom"
                label={t.admin.smtpFrom}
                type="email"
                defaultValue={organisation.smtpFrom ?? ""}
              />
            </div>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="smtpSecure" defaultChecked={organisation.smtpSecure} /> {t.admin.smtpSecure}
            </label>
          </ActionForm>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t.admin.history}</CardTitle>
        </CardHeader>
        <CardContent className="p-0">
          <Table>
            <thead>
              <tr>
                <Th>{t.admin.effectiveFrom}</Th>
                <Th>{t.admin.name}</Th>
                <Th>{t.admin.signerName}</Th>
              </tr>
            </thead>
            <tbody>
              {profiles.map((p) => (
                <tr key={p.id}>
                  <Td className="whitespace-nowrap">{formatDate(p.effectiveFrom, user.locale)}</Td>
                  <Td>
                    {p.name}
                    <div className="text-xs text-slate-500">
                      {p.parentAuthority} · {p.place} · {p.documentCode}
                    </div>
                  </Td>
                  <Td>{p.signerName}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </CardContent>
      </Card>
    </div>
  );
}
