import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { hasRole, targetSetters } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { findFields, findIndicators } from "@/lib/catalog/data";
import { catalogOfYear } from "@/lib/catalog/dated";
import { formatNumber, formatPercent } from "@/lib/format/number";
import { getDictionary } from "@/lib/i18n/dictionary";
import { periodMonths } from "@/lib/periods/period";
import { computePeriodValues } from "@/lib/values/queries";
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
  const [fields, catalog] = await Promise.all([findFields(), findIndicators()]);
  const indicators = catalogOfYear(catalog, year);
  const period = { kind: "year" as const, year, index: 1 };
  const values = await computePeriodValues({
    organisationId: user.organisationId,
    periods: [{ period, months: periodMonths(period) }],
    indicators,
    catalog: new Map(catalog.map((i) => [i.code, i])),
  });
  const byCode = new Map(values.map((v) => [v.indicator, v]));
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
        {fields.map((field) => {
          const rows = indicators.filter((i) => i.field === field.code);
          if (!rows.length) return null;
          return (
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
                    {rows.map((i) => {
                      const v = byCode.get(i.code);
                      return (
                        <tr key={i.code}>
                          <Td className={i.parent ? "pl-6" : undefined}>{localName(i, user.locale)}</Td>
                          <Td className="text-slate-500">{localUnit(i, user.locale)}</Td>
                          <Td className="w-40">
                            <TargetInput
                              code={i.code}
                              label={`${t.targets.target}: ${localName(i, user.locale)}`}
                              defaultValue={
                                v?.target === null || v?.target === undefined
                                  ? ""
                                  : formatNumber(v.target, { max: 6 }, user.locale)
                              }
                              disabled={!editable}
                            />
                          </Td>
                          <Td className="text-right tabular-nums">
                            {v?.value === null || v?.value === undefined
                              ? "—"
                              : formatNumber(v.value, i.decimals, user.locale)}
                          </Td>
                          <Td className="text-right tabular-nums">
                            {v?.targetPct === null || v?.targetPct === undefined
                              ? ""
                              : formatPercent(v.targetPct, 1, user.locale)}
                          </Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
              </CardContent>
            </Card>
          );
        })}
      </TargetsForm>
    </div>
  );
}
