import type { CatalogIndicator } from "@/lib/catalog/types";
import { formatNumber, formatPercent } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/dictionary";
import { fill } from "@/lib/i18n/fill";
import { localName } from "@/lib/i18n/local-name";
import { checkMessages as en } from "@/lib/i18n/messages/en/checks";
import { checkMessages as vi } from "@/lib/i18n/messages/vi/checks";
import { periodLabel } from "@/lib/periods/labels";
import { parsePeriod } from "@/lib/periods/period";
import type { CheckIssue } from "./check-issue";

// The checks' messages, worded from their own catalog (lib/i18n/messages/*/checks.ts): the entry
// grid shows them as staff type, and loads these rather than the whole dictionary.

const messages = { vi, en };

/** An indicator's name in quotes, as messages name it: "Hồ sơ tiếp nhận". */
export function quotedName(indicator: Pick<CatalogIndicator, "nameVi" | "nameEn">, locale: Locale): string {
  return `"${localName(indicator, locale)}"`;
}

function name(catalog: Map<string, CatalogIndicator>, code: string, locale: Locale): string {
  const indicator = catalog.get(code);
  return indicator ? quotedName(indicator, locale) : `"${code}"`;
}

export function describeIssue(issue: CheckIssue, catalog: Map<string, CatalogIndicator>, locale: Locale): string {
  const t = messages[locale];
  const n = (v: number | string) => formatNumber(v, { max: 6 }, locale);
  const subject = name(catalog, issue.indicator, locale);
  const p = issue.params;
  switch (issue.code) {
    case "too_large":
      return fill(t.tooLarge, { subject, limit: n(p.limit) });
    case "negative":
      return fill(t.negative, { subject });
    case "decimals":
      return p.decimals === 0 ? fill(t.wholeNumber, { subject }) : fill(t.decimals, { subject, decimals: p.decimals });
    case "parts_exceed_total":
      return fill(t.partsExceedTotal, { subject, sum: n(p.sum), total: n(p.total) });
    case "parts_not_sum":
      return fill(t.partsNotSum, { subject, sum: n(p.sum), total: n(p.total) });
    case "numerator_exceeds_denominator":
      return fill(t.numeratorExceedsDenominator, {
        subject,
        numerator: n(p.numerator),
        denominator: name(catalog, issue.related[0], locale),
        denominatorValue: n(p.denominator),
      });
    case "jump":
      return describeJump(issue, catalog, locale);
    case "differs_from_reported": {
      const period = parsePeriod(String(p.period))!;
      return fill(p.summed ? t.reported.sum : t.reported.last, {
        indicator: subject,
        period: periodLabel(period, locale),
        months: n(p.months),
        report: t.reported.reports[period.kind as keyof typeof t.reported.reports],
        reported: n(p.reported),
      });
    }
  }
}

/** What was compared: each change in % with both values, and the usual range of the indicator's history when it has one. */
function describeJump(issue: CheckIssue, catalog: Map<string, CatalogIndicator>, locale: Locale): string {
  const t = messages[locale].jump;
  const p = issue.params;
  const decimals = catalog.get(issue.indicator)?.decimals ?? 0;
  const n = (v: number | string) => formatNumber(v, { max: 6 }, locale);
  const comparisons = (["previous", "lastYear"] as const).flatMap((against) => {
    if (p[against] === undefined) return [];
    const from = Number(p[against]);
    const pct = p[`${against}Pct`] === "" ? "" : ` ${formatPercent(Math.abs(Number(p[`${against}Pct`])), 1, locale)}`;
    const base =
      against === "previous"
        ? t.againstLastMonth
        : p.span === "period"
          ? t.againstSamePeriodLastYear
          : t.againstSameMonthLastYear;
    return [
      fill(t.comparison, { direction: Number(p.to) > from ? t.rose : t.fell, pct, base, from: n(from), to: n(p.to) }),
    ];
  });
  const range =
    p.low === undefined
      ? ""
      : fill(t.usualRange, {
          months: p.months,
          low: formatNumber(p.low, decimals, locale),
          high: formatNumber(p.high, decimals, locale),
        });
  return `${name(catalog, issue.indicator, locale)} ${comparisons.join(t.and)}${range}${issue.blocking ? t.askNote : "."}`;
}
