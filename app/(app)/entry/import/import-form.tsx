"use client";

import { useState, useTransition } from "react";
import { FormFields, useActionForm } from "@/components/action-form";
import { FormField } from "@/components/form-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Dictionary, Locale } from "@/lib/i18n/dictionary";
import { periodLabel } from "@/lib/periods/labels";
import { parsePeriod } from "@/lib/periods/period";
import { applyImportAction, previewImportAction, type SaveEntryResult } from "@/lib/values/actions";

interface Props {
  text: Dictionary["import"];
  errors: Dictionary["errors"];
  locale: Locale;
}

/** Upload, see every change and every problem with its sheet and row, then apply all or nothing. */
export function ImportForm({ text, locale }: Props) {
  const form = useActionForm(previewImportAction, "import");
  const preview = form.state;
  const [applied, setApplied] = useState<SaveEntryResult | null>(null);
  const [applying, startApply] = useTransition();
  const show = (v: string | null) => (v === null ? "—" : formatNumber(v, { max: 6 }, locale));
  // A problem of the whole file (its month, its organisation) has no sheet or row to name.
  const where = (p: { sheet: string; row: number }) =>
    p.sheet ? `${text.sheet} ${p.sheet}, ${text.row} ${p.row}: ` : "";
  const monthLabel = (code: string | null) => {
    const period = code ? parsePeriod(code) : null;
    return period ? periodLabel(period, locale) : "";
  };
  const ready = preview?.ok && preview.problems.length === 0 && preview.changes.length > 0;

  const apply = () =>
    startApply(async () => {
      if (!preview?.ok || !preview.period) return;
      setApplied(await applyImportAction({ org: preview.org, period: preview.period, values: preview.values }));
    });

  return (
    <div className="space-y-4">
      <form
        {...form.formProps}
        className="flex flex-wrap items-start gap-3"
        onSubmit={(event) => {
          setApplied(null);
          form.formProps.onSubmit(event);
        }}
      >
        <FormFields form={form} summary={false}>
          <FormField
            name="file"
            label={text.file}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            className="w-80 space-y-1"
          />
        </FormFields>
        <Button type="submit" variant="outline" disabled={form.pending} className="mt-6">
          {text.check}
        </Button>
      </form>
      {preview && !preview.ok && !preview.fieldErrors.file && <Alert tone="error">{preview.message}</Alert>}
      {preview?.ok && (
        <>
          {preview.problems.length > 0 && (
            <Alert tone="error" data-testid="import-problems">
              <p className="font-medium">{text.problems}</p>
              <ul className="list-disc pl-5">
                {preview.problems.map((p, i) => (
                  <li key={i}>
                    {where(p)}
                    {p.message}
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          {preview.warnings.length > 0 && (
            <Alert tone="warning">
              <p className="font-medium">{text.warnings}</p>
              <ul className="list-disc pl-5">
                {preview.warnings.map((p, i) => (
                  <li key={i}>
                    {where(p)}
                    {p.message}
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          {preview.changes.length === 0 ? (
            <p className="text-slate-600">{text.noChanges}</p>
          ) : (
            <Table data-testid="import-changes">
              <caption className="text-left font-medium">
                {text.changes} · {monthLabel(preview.period)}
              </caption>
              <thead>
                <tr>
                  <Th>{text.sheet}</Th>
                  <Th>{text.row}</Th>
                  <Th>{text.changes}</Th>
                  <Th className="text-right">{text.old}</Th>
                  <Th className="text-right">{text.new}</Th>
                </tr>
              </thead>
              <tbody>
                {preview.changes.map((c) => (
                  <tr key={c.indicator}>
                    <Td>{c.sheet}</Td>
                    <Td>{c.row}</Td>
                    <Td>{c.name}</Td>
                    <Td className="text-right tabular-nums">{show(c.oldValue)}</Td>
                    <Td className="text-right tabular-nums font-medium">{show(c.newValue)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <Button onClick={apply} disabled={!ready || applying || applied?.ok}>
            {text.apply}
          </Button>
        </>
      )}
      {applied && (
        <Alert tone={applied.ok ? "success" : "error"} data-testid="import-status">
          {applied.ok ? fill(text.applied, { n: applied.saved }) : applied.message}
          {!applied.ok &&
            (applied.details as { message?: string }[]).map((d, i) => d.message && <div key={i}>{d.message}</div>)}
        </Alert>
      )}
    </div>
  );
}
