import { Link } from "@/components/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { importRoles } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format/date";
import { fill, getDictionary } from "@/lib/i18n/dictionary";
import { pageTitle } from "@/lib/i18n/metadata";
import { findImports } from "@/lib/imports/data";
import { importLimits } from "@/lib/imports/schema";
import { formatNumber } from "@/lib/format/number";
import { periodLabel } from "@/lib/periods/labels";
import { parsePeriod, periodKinds } from "@/lib/periods/period";
import { historyPeriodChoices } from "./period-choices";
import { UploadForm } from "./upload-form";

export const generateMetadata = pageTitle((t) => t.history.title);

export const dynamic = "force-dynamic";

/** Past reports brought in: upload or paste, each read on the server, then the list of the organisation's readings. */
export default async function HistoryPage() {
  const user = await requireRole(...importRoles);
  const t = getDictionary(user.locale);
  const imports = await findImports({ actor: user });
  const label = (code: string | null) => {
    const period = code ? parsePeriod(code) : null;
    return period ? periodLabel(period, user.locale) : "—";
  };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t.history.title}</h1>
      <p className="max-w-3xl text-sm text-slate-600">{t.history.intro}</p>
      <p className="text-sm text-slate-600">
        {fill(t.history.limits, {
          mb: importLimits.fileBytes / 1_000_000,
          chars: formatNumber(importLimits.textChars, 0, user.locale),
        })}
      </p>
      <UploadForm
        text={t.history}
        pickers={t.pickers}
        kinds={periodKinds.map((k) => ({ value: k, label: t.dashboard.kinds[k] }))}
        choices={historyPeriodChoices(user.locale)}
      />
      <Card>
        <CardHeader>
          <CardTitle>{t.history.imports}</CardTitle>
        </CardHeader>
        <CardContent>
          {imports.length === 0 ? (
            <p className="text-sm text-slate-600">{t.history.none}</p>
          ) : (
            <Table data-testid="imports">
              <thead>
                <tr>
                  <Th>{t.history.file}</Th>
                  <Th>{t.history.period}</Th>
                  <Th>{t.history.readAt}</Th>
                  <Th>{t.history.state}</Th>
                </tr>
              </thead>
              <tbody>
                {imports.map((i) => (
                  <tr key={i.id}>
                    <Td>
                      <Link href={`/entry/history/${i.id}`} className="text-brand-700 underline">
                        {i.fileName ?? t.history.pasted}
                      </Link>
                    </Td>
                    <Td className="first-letter:uppercase">{label(i.period)}</Td>
                    <Td className="whitespace-nowrap">{formatDateTime(i.createdAt, user.locale)}</Td>
                    <Td>
                      <Badge className={i.appliedAt ? "bg-emerald-100 text-emerald-900" : undefined}>
                        {i.appliedAt ? t.history.states.applied : t.history.states.read}
                      </Badge>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
