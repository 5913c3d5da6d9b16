import type { Dictionary } from "@/lib/i18n/dictionary";

/** The strings every chart needs, from the dashboard dictionary. */
export function chartText(text: Dictionary["dashboard"]) {
  return { png: text.png, csv: text.csv, xlsx: text.xlsx, xlsxFailed: text.xlsxFailed, showTable: text.showTable, showChart: text.showChart, value: text.value, lastYear: text.lastYear, target: text.target, period: text.period, estimate: text.estimate, estimateColumn: text.estimateColumn, part: text.part, share: text.share, other: text.other };
}
