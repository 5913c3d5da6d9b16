import type { CatalogIndicator } from "@/lib/catalog/types";
import { formatNumber, formatPercent } from "@/lib/format/number";
import { fill, getDictionary, type Locale } from "@/lib/i18n/dictionary";
import { periodLabel } from "@/lib/periods/labels";
import { parsePeriod } from "@/lib/periods/period";
import type { CheckIssue } from "./check-issue";

// Check messages name the indicators, so they live beside the checks rather than in the UI dictionary.

/** An indicator's name in quotes, as messages name it: "Hồ sơ tiếp nhận". */
export function quotedName(indicator: Pick<CatalogIndicator, "nameVi" | "nameEn">, locale: Locale): string {
  return `"${locale === "vi" ? indicator.nameVi : indicator.nameEn}"`;
}

function name(catalog: Map<string, CatalogIndicator>, code: string, locale: Locale): string {
  const indicator = catalog.get(code);
  return indicator ? quotedName(indicator, locale) : `"${code}"`;
}

export function describeIssue(issue: CheckIssue, catalog: Map<string, CatalogIndicator>, locale: Locale): string {
  const vi = locale === "vi";
  const n = (v: number | string) => formatNumber(v, { max: 6 }, locale);
  const subject = name(catalog, issue.indicator, locale);
  const p = issue.params;
  switch (issue.code) {
    case "too_large":
      return vi
        ? `${subject} phải nhỏ hơn ${n(p.limit)} (giá trị tuyệt đối).`
        : `${subject} must be below ${n(p.limit)} in absolute value.`;
    case "negative":
      return vi ? `${subject} không được âm.` : `${subject} cannot be negative.`;
    case "decimals":
      if (p.decimals === 0) return vi ? `${subject} phải là số nguyên.` : `${subject} must be a whole number.`;
      return vi
        ? `${subject} có tối đa ${p.decimals} chữ số thập phân.`
        : `${subject} allows at most ${p.decimals} decimal places.`;
    case "parts_exceed_total":
      return vi
        ? `Tổng các thành phần (${n(p.sum)}) của ${subject} vượt quá tổng (${n(p.total)}).`
        : `The parts of ${subject} add up to ${n(p.sum)}, more than the total (${n(p.total)}).`;
    case "parts_not_sum":
      return vi
        ? `Các thành phần của ${subject} cộng lại bằng ${n(p.sum)}, phải bằng tổng (${n(p.total)}).`
        : `The parts of ${subject} add up to ${n(p.sum)}; they must equal the total (${n(p.total)}).`;
    case "numerator_exceeds_denominator":
      return vi
        ? `${subject} (${n(p.numerator)}) không được lớn hơn ${name(catalog, issue.related[0], locale)} (${n(p.denominator)}).`
        : `${subject} (${n(p.numerator)}) cannot exceed ${name(catalog, issue.related[0], locale)} (${n(p.denominator)}).`;
    case "jump":
      return describeJump(issue, catalog, locale);
    case "differs_from_reported": {
      const t = getDictionary(locale).entry.periodic;
      const period = parsePeriod(String(p.period))!;
      return fill(p.summed ? t.reportedSum : t.reportedLast, {
        indicator: subject,
        period: periodLabel(period, locale),
        months: n(p.months),
        report: t.reports[period.kind as keyof typeof t.reports],
        reported: n(p.reported),
      });
    }
  }
}

/** What was compared: each change in % with both values, and the usual range of the indicator's history when it has one. */
function describeJump(issue: CheckIssue, catalog: Map<string, CatalogIndicator>, locale: Locale): string {
  const vi = locale === "vi";
  const p = issue.params;
  const decimals = catalog.get(issue.indicator)?.decimals ?? 0;
  const n = (v: number | string) => formatNumber(v, { max: 6 }, locale);
  const comparisons = (["previous", "lastYear"] as const).flatMap((against) => {
    if (p[against] === undefined) return [];
    const from = Number(p[against]);
    const rise = Number(p.to) > from;
    const direction = vi ? (rise ? "tăng" : "giảm") : rise ? "rose" : "fell";
    const pct = p[`${against}Pct`] === "" ? "" : ` ${formatPercent(Math.abs(Number(p[`${against}Pct`])), 1, locale)}`;
    const sameTime = p.span === "period" ? "against the same period last year" : "against the same month last year";
    const base =
      against === "previous"
        ? vi
          ? "so với tháng trước"
          : "against last month"
        : vi
          ? "so với cùng kỳ năm trước"
          : sameTime;
    return [`${direction}${pct} ${base} (${n(from)} → ${n(p.to)})`];
  });
  const range =
    p.low === undefined
      ? ""
      : vi
        ? `, ngoài khoảng thường gặp của ${p.months} tháng trước (${formatNumber(p.low, decimals, locale)} – ${formatNumber(p.high, decimals, locale)})`
        : `, outside its usual range over the ${p.months} months before (${formatNumber(p.low, decimals, locale)} – ${formatNumber(p.high, decimals, locale)})`;
  const ask = issue.blocking ? (vi ? ": cần ghi chú giải thích để lưu." : ": add a note explaining it to save.") : ".";
  return `${name(catalog, issue.indicator, locale)} ${comparisons.join(vi ? " và " : " and ")}${range}${ask}`;
}
