import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { hasRole, targetSetters } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { formatNumber, formatPercent } from "@/lib/format/number";
import { getDictionary } from "@/lib/i18n/dictionary";
import { getYearTargets } from "@/lib/targets/year-view";
import { TargetInput, TargetsForm } from "./targets-form";
import { pageTitle } from "@/lib/i18n/metadata";
import { localName, localUnit } from "@/lib/i18n/local-name";

export const generateMetadata = pageTitle((t) => t.targets.title);

export const dynamic = "force-dynamic";

const search = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) });

export default async function TargetsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const t = getDictionary(user.locale);
  const year = search.parse(await searchParams).year ?? new Date().getUTCFullYear();
  const fields = await getYearTargets({ organisationId: user.organisationId, year });
  const editable = hasRole(user, targetSetters);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {t.targets.title} {year}
      </h1>
      <form method="get" className="flex items-center gap-2 text-sm">
        <label htmlFor="targets-year">{t.targets.year}</label>
        <input
          id="targets-year"
          name="year"
          type="number"
          defaultValue={year}
          className="h-8 w-24 rounded border border-slate-300 px-2"
        />
      </form>
      {!editable && <Alert tone="info">{t.targets.readOnly}</Alert>}
      <TargetsForm year={year} editable={editable} text={t.targets}>
        {fields.map(({ field, rows }) => (
          <Card key={field.code}>
            <CardHeader>
              <CardTitle>{localName(field, user.locale)}</CardTitle>
            </CardHeader>
            <CardContent className="p-0">
              <Table>
                <thead>
                  <tr>
                    <Th>{t.entry.indicator}</Th>
                    <Th>{t.entry.unit}</Th>
                    <Th className="text-right">{t.targets.target}</Th>
                    <Th className="text-right">{t.targets.actual}</Th>
                    <Th className="text-right">{t.targets.percent}</Th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ indicator: i, target, value, targetPct }) => (
                    <tr key={i.code}>
                      <Td className={i.parent ? "pl-6" : undefined}>{localName(i, user.locale)}</Td>
                      <Td className="text-slate-500">{localUnit(i, user.locale)}</Td>
                      <Td className="w-40">
                        <TargetInput
                          code={i.code}
                          label={`${t.targets.target}: ${localName(i, user.locale)}`}
                          defaultValue={target === null ? "" : formatNumber(target, { max: 6 }, user.locale)}
                          disabled={!editable}
                        />
                      </Td>
                      <Td className="text-right tabular-nums">
                        {value === null ? "—" : formatNumber(value, i.decimals, user.locale)}
                      </Td>
                      <Td className="text-right tabular-nums">
                        {targetPct === null ? "" : formatPercent(targetPct, 1, user.locale)}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </CardContent>
          </Card>
        ))}
      </TargetsForm>
    </div>
  );
}
