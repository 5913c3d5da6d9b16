import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { getAuthEvents } from "@/lib/auth/events";
import { administrators } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format/date";
import { getDictionary } from "@/lib/i18n/dictionary";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle((t) => t.authLog.title);

export const dynamic = "force-dynamic";

export default async function AuthLogPage() {
  const admin = await requireRole(...administrators);
  const t = getDictionary(admin.locale);
  const events = await getAuthEvents(admin.organisationId);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t.authLog.title}</CardTitle>
        <p className="text-sm text-slate-600">{t.authLog.intro}</p>
      </CardHeader>
      <CardContent className="p-0">
        {events.length === 0 ? (
          <p className="p-4 text-sm text-slate-600">{t.authLog.empty}</p>
        ) : (
          <Table data-testid="auth-log">
            <thead>
              <tr>
                <Th>{t.authLog.at}</Th>
                <Th>{t.authLog.username}</Th>
                <Th>{t.authLog.kind}</Th>
                <Th>{t.authLog.ip}</Th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} data-kind={event.kind}>
                  <Td>{formatDateTime(event.at, admin.locale)}</Td>
                  <Td>{event.username}</Td>
                  <Td>{t.authLog.kinds[event.kind]}</Td>
                  <Td className="font-mono text-xs">{event.ip}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
