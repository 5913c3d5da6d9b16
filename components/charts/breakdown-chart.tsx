"use client";

import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import { formatNumber, formatPercent } from "@/lib/format/number";
import { computeRatio } from "@/lib/periods/aggregate";
import type { Locale } from "@/lib/i18n/dictionary";
import type { ChartTable } from "@/lib/dashboard/chart-table";
import { ChartFrame, type ChartFrameText } from "./chart-frame";

const colours = ["#1e40af", "#0891b2", "#16a34a", "#ca8a04", "#dc2626", "#7c3aed", "#db2777"];

export interface BreakdownText extends ChartFrameText {
  part: string;
  value: string;
  share: string;
  other: string;
}

interface Props {
  title: string;
  description: string;
  total: number | null;
  parts: { name: string; value: number | null }[];
  exhaustive: boolean;
  decimals: number;
  locale: Locale;
  fileName: string;
  text: BreakdownText;
}

/** The parts behind a total, as a donut; what non-exhaustive parts leave out shows as "other". */
export function BreakdownChart({
  title,
  description,
  total,
  parts,
  exhaustive,
  decimals,
  locale,
  fileName,
  text,
}: Props) {
  const known = parts.filter((p): p is { name: string; value: number } => p.value !== null);
  const rest = total === null ? 0 : total - known.reduce((s, p) => s + p.value, 0);
  const slices = !exhaustive && rest > 0 ? [...known, { name: text.other, value: rest }] : known;
  const share = (v: number) => (total ? formatPercent(computeRatio(v, total)!, 1, locale) : "—");
  const table: ChartTable = {
    header: [text.part, text.value, text.share],
    kinds: ["text", "number", "share"],
    decimals,
    rows: slices.map((s) => [s.name, s.value, total ? s.value / total : null]),
    display: slices.map((s) => [s.name, formatNumber(s.value, decimals, locale), share(s.value)]),
  };
  return (
    <ChartFrame
      title={title}
      description={description}
      fileName={fileName}
      table={table}
      text={text}
      legend={slices.map((s, i) => ({ name: s.name, colour: colours[i % colours.length], mark: "area" }))}
    >
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie
            data={slices}
            dataKey="value"
            nameKey="name"
            innerRadius="50%"
            outerRadius="80%"
            isAnimationActive={false}
            label={({ value }) => share(Number(value))}
          >
            {slices.map((s, i) => (
              <Cell key={s.name} fill={colours[i % colours.length]} />
            ))}
          </Pie>
          <Tooltip formatter={(v) => formatNumber(Number(v), decimals, locale)} />
        </PieChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
