import { formatNumber, formatPercent } from "@/lib/format/number";
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
      return p.index === 1 ? `kế hoạch công tác 6 tháng cuối năm ${p.year}` : `kế hoạch công tác 6 tháng đầu năm ${p.year + 1}`;
    case "nine":
      return `kế hoạch công tác quý IV/${p.year}`;
    case "year":
      return `kế hoạch công tác năm ${p.year + 1}`;
  }
}

/** The summary line under BÁO CÁO, naming this period and the next. */
export function summaryLine(p: Period): string {
  const sameYear = p.kind === "month" && nextPeriod(p).year === p.year;
  const current = sameYear ? `tháng ${p.index}` : periodLabel(p, "vi");
  return `Kết quả công tác thông tin và truyền thông ${current} và ${planLabel(p)}`;
}

export function closingSentence(p: Period, organisationName: string, place: string, reportTo: string): string {
  const summary = summaryLine(p);
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

/** "tăng 5,2% so với cùng kỳ", "giảm 3,1% so với tháng trước", "bằng cùng kỳ". */
export function comparisonPhrase(current: number, base: number | null, against: string): string | null {
  if (base === null || base === 0) return null;
  const change = ((current - base) / Math.abs(base)) * 100;
  if (Math.abs(change) < 0.05) return `bằng ${against}`;
  return `${change > 0 ? "tăng" : "giảm"} ${formatPercent(Math.abs(change), 1)} so với ${against}`;
}

export function reportNumber(value: number, decimals: number, pad2 = false): string {
  const text = formatNumber(value, decimals);
  return pad2 && decimals === 0 && value >= 0 && value < 10 ? text.padStart(2, "0") : text;
}
