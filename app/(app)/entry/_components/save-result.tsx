"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { CatalogIndicator } from "@/lib/catalog/types";
import { formatNumber } from "@/lib/format/number";
import { fill } from "@/lib/i18n/fill";
import type { Dictionary, Locale } from "@/lib/i18n/dictionary";
import type { SaveEntryResult } from "@/lib/values/actions";
import { fieldId, focusField } from "./entry-notices";
import { nameOfCode } from "@/lib/i18n/local-name";

/** The server's answer to a save: saved, refused by someone else's newer save, or refused with its reasons (each linking to its value). */
export function SaveResult({
  result,
  byCode,
  locale,
  text,
  onReload,
}: {
  result: SaveEntryResult | null;
  byCode: Map<string, CatalogIndicator>;
  locale: Locale;
  text: Dictionary["entry"];
  onReload: () => void;
}) {
  if (!result) return null;
  if (result.ok)
    return (
      <Alert tone="success" data-testid="save-status">
        {result.saved ? fill(text.saved, { n: result.saved }) : text.nothingToSave}
      </Alert>
    );
  if (result.code === "conflict") {
    const details = result.details as {
      indicator: string;
      current: { value: string; version: number; updatedBy: string | null } | null;
    }[];
    return (
      <Alert tone="error" data-testid="save-status">
        <p>{text.conflict}</p>
        <ul className="list-disc pl-5">
          {details.map((d) => {
            const name = nameOfCode(byCode, d.indicator, locale);
            return (
              <li key={d.indicator}>
                {fill(text.conflictItem, {
                  indicator: name,
                  value: d.current ? formatNumber(d.current.value, { max: 6 }, locale) : "—",
                  version: d.current?.version ?? 0,
                  by: d.current?.updatedBy ?? "—",
                })}
              </li>
            );
          })}
        </ul>
        <Button variant="outline" size="sm" className="mt-2" onClick={onReload}>
          {text.reload}
        </Button>
      </Alert>
    );
  }
  const details = (result.details as { indicator?: string; code?: string; message?: string }[]).filter(
    (d) => d.message,
  );
  return (
    <Alert tone="error" data-testid="save-status">
      <p>{result.message}</p>
      {details.length > 0 && (
        <ul className="list-disc pl-5">
          {details.map((d, i) => {
            const target = d.code === "jump" ? "note" : "value";
            return (
              <li key={i}>
                {d.indicator && byCode.has(d.indicator) ? (
                  <a
                    href={`#${fieldId(target, d.indicator)}`}
                    className="underline"
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(target, d.indicator!);
                    }}
                  >
                    {d.message}
                  </a>
                ) : (
                  d.message
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Alert>
  );
}
