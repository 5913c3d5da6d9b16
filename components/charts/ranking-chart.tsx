"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/dictionary";
import type { ChartTable } from "@/lib/dashboard/chart-table";
import { ChartFrame, type ChartFrameText } from "./chart-frame";

export interface RankingChartText extends ChartFrameText {
  rank: string;
  organisation: string;
  value: string;
}

interface Props {
  title: string;
  description: string;
  unit: string;
  decimals: number;
  /** Best first; organisations without a figure are left out. */
  rows: { name: string; value: number | null }[];
  locale: Locale;
  fileName: string;
  text: RankingChartText;
}

/** Organisations ranked on one indicator, as horizontal bars that grow with their number. */
export function RankingChart({ title, description, unit, decimals, rows, locale, fileName, text }: Props) {
  const ranked = rows.filter((r): r is { name: string; value: number } => r.value !== null);
  const number = (v: number) => formatNumber(v, decimals, locale);
  const table: ChartTable = {
    header: [text.rank, text.organisation, `${text.value} (${unit})`],
    kinds: ["integer", "text", "number"],
    decimals,
    rows: ranked.map((r, i) => [i + 1, r.name, r.value]),
    display: ranked.map((r, i) => [String(i + 1), r.name, number(r.value)]),
  };
  return (
    <ChartFrame
      title={title}
      description={description}
      fileName={fileName}
      table={table}
      height={Math.max(160, 40 * ranked.length + 40)}
      text={text}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={ranked} layout="vertical" margin={{ left: 8, right: 64 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" tickFormatter={number} fontSize={11} />
          <YAxis type="category" dataKey="name" width={220} fontSize={11} />
          <Tooltip formatter={(v) => `${number(Number(v))} ${unit}`} />
          <Bar dataKey="value" name={text.value} fill="#1e40af" maxBarSize={32} isAnimationActive={false}>
            <LabelList dataKey="value" position="right" formatter={(v) => number(Number(v))} fontSize={11} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
