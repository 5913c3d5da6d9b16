import { ActionForm } from "@/components/action-form";
import { FormField, SelectField } from "@/components/form-field";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { administrators, defaultRole, roles } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { getDictionary, type Dictionary } from "@/lib/i18n/dictionary";
import { saveUserAction } from "@/lib/org/actions";
import { findUnits, findUsers } from "@/lib/org/data";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle((t) => t.admin.users);

type User = Awaited<ReturnType<typeof findUsers>>[number];
type Unit = Awaited<ReturnType<typeof findUnits>>[number];

function UserForm({ user, units, t }: { user?: User; units: Unit[]; t: Dictionary }) {
  const key = user?.id ?? "new";
  return (
    <ActionForm
      action={saveUserAction}
      idKey={key}
      submitLabel={user ? t.admin.save : t.admin.add}
      testId={`user-${user?.username ?? "new"}`}
    >
      {user && <input type="hidden" name="id" value={user.id} />}
      <div className="grid grid-cols-2 gap-3">
        <FormField name="username" label={t.admin.username} defaultValue={user?.username} required />
        <FormField name="displayName" label={t.admin.displayName} defaultValue={user?.displayName} required />
        <SelectField name="role" label={t.admin.role} defaultValue={user?.role ?? defaultRole}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {t.roles[r]}
            </option>
          ))}
        </SelectField>
        <SelectField name="unitId" label={t.admin.unit} defaultValue={user?.unitId ?? ""}>
          <option value="">{t.admin.noUnit}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </SelectField>
        <FormField
          name="password"
          type="password"
          label={t.admin.password}
          placeholder={user ? t.admin.passwordHint : ""}
          autoComplete="new-password"
        />
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input type="checkbox" name="active" defaultChecked={user?.active ?? true} /> {t.admin.active}
        </label>
      </div>
    </ActionForm>
  );
}

export default async function UsersPage() {
  const admin = await requireRole(...administrators);
  const t = getDictionary(admin.locale);
  const [users, units] = await Promise.all([
    findUsers({ organisationId: admin.organisationId }),
    findUnits({ organisationId: admin.organisationId }),
  ]);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {users.map((user) => (
        <Card key={user.id}>
          <CardHeader className="flex items-center justify-between">
            <CardTitle>
              {user.displayName} <span className="text-sm font-normal text-slate-500">({user.username})</span>
            </CardTitle>
            {!user.active && <Badge>{t.admin.active}: ✗</Badge>}
          </CardHeader>
          <CardContent>
            <UserForm user={user} units={units} t={t} />
          </CardContent>
        </Card>
      ))}
      <Card>
        <CardHeader>
          <CardTitle>{t.admin.add}</CardTitle>
        </CardHeader>
        <CardContent>
          <UserForm units={units} t={t} />
        </CardContent>
      </Card>
    </div>
  );
}
