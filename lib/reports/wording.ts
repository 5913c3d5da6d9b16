import Decimal from "decimal.js";
import { isDerived, type CatalogIndicator } from "@/lib/catalog/types";
import { formatMoney, formatNumber, formatPercent, type MoneyWording } from "@/lib/format/number";
import { periodLabel, romanNumeral } from "@/lib/periods/labels";
import { nextPeriod, type Period } from "@/lib/periods/period";

// The fixed wording of Vietnamese administrative reports (Nghị định 30/2020/NĐ-CP).

/** "Trà Vinh, ngày 05 tháng 01 năm 2020": days under 10 and months 1 and 2 get a leading zero. */
export function documentDateLine(place: string, date: { year: number; month: number; day: number }): string {
  const day = String(date.day).padStart(2, "0");
  const month = date.month <= 2 ? String(date.month).padStart(2, "0") : String(date.month);
  return `${place}, ngày ${day} tháng ${month} năm ${date.year}`;
}

/** "Số:      /BC-STTTT-VP" before signature, "Số: 298/BC-STTTT-VP" after; numbers under 10 get a leading zero. */
export function documentNumberLine(documentCode: string, archiveUnit: string, number: number | null): string {
  const n = number === null ? "      " : String(number).padStart(2, "0");
  return `Số: ${n}/BC-${documentCode}-${archiveUnit}`;
}

function planLabel(p: Period): string {
  const next = nextPeriod(p);
  switch (p.kind) {
    case "month":
      return `kế hoạch công tác tháng ${next.index} năm ${next.year}`;
    case "quarter":
      return `nhiệm vụ trọng tâm quý ${romanNumeral(next.index)}/${next.year}`;
    case "half":
      return p.index === 1
        ? `kế hoạch công tác 6 tháng cuối năm ${p.year}`
        : `kế hoạch công tác 6 tháng đầu năm ${p.year + 1}`;
    case "nine":
      return `kế hoạch công tác quý IV/${p.year}`;
    case "year":
      return `kế hoạch công tác năm ${p.year + 1}`;
  }
}

/** The summary line under BÁO CÁO, naming this period and, when the report has a plan, the next. */
export function summaryLine(p: Period, hasPlan: boolean): string {
  if (!hasPlan) return `Kết quả công tác thông tin và truyền thông ${periodLabel(p, "vi")}`;
  const sameYear = p.kind === "month" && nextPeriod(p).year === p.year;
  const current = sameYear ? `tháng ${p.index}` : periodLabel(p, "vi");
  return `Kết quả công tác thông tin và truyền thông ${current} và ${planLabel(p)}`;
}

export function closingSentence(
  p: Period,
  hasPlan: boolean,
  organisationName: string,
  place: string,
  reportTo: string,
): string {
  const summary = summaryLine(p, hasPlan);
  return `Trên đây là ${summary.charAt(0).toLowerCase()}${summary.slice(1)}; ${organisationName} ${place} báo cáo đến ${reportTo} nắm, chỉ đạo./.`;
}

export interface SignerBlock {
  lines: string[];
  name: string;
}

/** GIÁM ĐỐC, or KT. GIÁM ĐỐC over PHÓ GIÁM ĐỐC when a deputy signs. */
export function signerBlock(name: string, deputy: boolean): SignerBlock {
  return { lines: deputy ? ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] : ["GIÁM ĐỐC"], name };
}

/** "tăng 5,2% so với cùng kỳ", "giảm 3,1% so với kỳ trước", "bằng cùng kỳ"; ratios move by points. */
export function comparisonPhrase(
  indicator: CatalogIndicator,
  current: string,
  base: string | null,
  against: string,
): string | null {
  if (base === null) return null;
  const now = new Decimal(current);
  const then = new Decimal(base);
  if (isDerived(indicator.kind)) {
    const points = now.minus(then);
    if (points.abs().lt(0.005)) return `bằng ${against}`;
    return `${points.gt(0) ? "tăng" : "giảm"} ${formatNumber(points.abs().toString(), 2)} điểm phần trăm so với ${against}`;
  }
  if (then.isZero()) return null;
  const change = now.minus(then).div(then.abs()).times(100);
  if (change.abs().lt(0.05)) return `bằng ${against}`;
  return `${change.gt(0) ? "tăng" : "giảm"} ${formatPercent(change.abs().toString(), 1)} so với ${against}`;
}

export function targetPhrase(targetPct: number | null): string | null {
  return targetPct === null ? null : `đạt ${formatPercent(targetPct, 1)} kế hoạch năm`;
}

/**
 * A figure as the report prints it: Vietnamese grouping, the indicator's decimals, "04" for small
 * counts when asked (the seeds' style), amounts in đồng with the organisation's wording.
 */
export function printFigure(
  indicator: CatalogIndicator,
  value: string,
  options: { moneyWording: MoneyWording | null; pad2?: boolean },
): string {
  if (options.moneyWording && indicator.unitVi === "đồng") return formatMoney(value, options.moneyWording);
  const text = formatNumber(value, indicator.decimals);
  const small = new Decimal(value);
  return options.pad2 && indicator.decimals === 0 && small.gte(0) && small.lt(9.5) ? text.padStart(2, "0") : text;
}
