"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/dictionary";
import { shortPeriodLabel } from "@/lib/periods/labels";
import { parsePeriod } from "@/lib/periods/period";
import type { ChartTable } from "@/lib/dashboard/chart-table";
import { ChartFrame, type ChartFrameText } from "./chart-frame";

export interface TrendChartPoint {
  period: string;
  value: number | null;
  lastYear: number | null;
  estimate: boolean;
  target: number | null;
}

export interface TrendChartText extends ChartFrameText {
  value: string;
  lastYear: string;
  target: string;
  period: string;
  estimate: string;
  estimateColumn: string;
}

interface Props {
  title: string;
  description: string;
  unit: string;
  decimals: number;
  points: TrendChartPoint[];
  chart: "line" | "bar";
  locale: Locale;
  fileName: string;
  text: TrendChartText;
}

/** Months or quarters with the same periods of last year beside them and the year's target. */
export function TrendChart({ title, description, unit, decimals, points, chart, locale, fileName, text }: Props) {
  const label = (code: string) => shortPeriodLabel(parsePeriod(code)!, locale);
  const number = (v: number | null) => (v === null ? "—" : formatNumber(v, decimals, locale));
  const data = points.map((p) => ({ ...p, label: label(p.period) }));
  const target = [...points].reverse().find((p) => p.target !== null)?.target ?? null;
  const table: ChartTable = {
    header: [text.period, `${text.value} (${unit})`, text.lastYear, text.target, text.estimateColumn],
    kinds: ["text", "number", "number", "number", "text"],
    decimals,
    rows: points.map((p) => [p.period, p.value, p.lastYear, p.target, p.estimate ? "x" : ""]),
    display: points.map((p) => [label(p.period), number(p.value), number(p.lastYear), number(p.target), p.estimate ? text.estimate : ""]),
  };
  const Main = chart === "bar" ? Bar : Line;
  return (
    <ChartFrame title={title} description={description} fileName={fileName} table={table} text={text}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={12} />
          <YAxis tick={{ fontSize: 11 }} width={72} tickFormatter={(v: number) => formatNumber(v, { max: decimals }, locale)} />
          <Tooltip formatter={(v) => (typeof v === "number" ? formatNumber(v, decimals, locale) : String(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line type="monotone" dataKey="lastYear" name={text.lastYear} stroke="#94a3b8" strokeDasharray="4 3" dot={false} isAnimationActive={false} connectNulls />
          {chart === "bar" ? (
            <Bar dataKey="value" name={text.value} fill="#1e40af" isAnimationActive={false} />
          ) : (
            <Main type="monotone" dataKey="value" name={text.value} stroke="#1e40af" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} connectNulls />
          )}
          {target !== null && <ReferenceLine y={target} ifOverflow="extendDomain" stroke="#16a34a" strokeDasharray="6 3" label={{ value: `${text.target}: ${number(target)}`, fontSize: 11, fill: "#166534", position: "insideTopRight" }} />}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
