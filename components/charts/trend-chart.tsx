"use client";

import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { targetSegments, valueAxis } from "@/lib/dashboard/axis";
import type { ChartTable } from "@/lib/dashboard/chart-table";
import { formatNumber } from "@/lib/format/number";
import type { Locale } from "@/lib/i18n/dictionary";
import { shortPeriodLabel } from "@/lib/periods/labels";
import { parsePeriod } from "@/lib/periods/period";
import { ChartFrame, type ChartFrameText } from "./chart-frame";
import type { LegendEntry } from "./chart-legend";

export interface TrendChartPoint {
  period: string;
  value: number | null;
  lastYear: number | null;
  estimate: boolean;
  target: number | null;
  /** The months a point still in progress covers (tháng 10), compared with as many last year. */
  note: string | null;
}

export interface TrendChartText extends ChartFrameText {
  value: string;
  lastYear: string;
  target: string;
  period: string;
  estimate: string;
  estimateColumn: string;
  classificationMark: string;
}

interface Props {
  title: string;
  description: string;
  unit: string;
  decimals: number;
  /** A level (stock, ratio) rather than a flow: its line's axis fits its figures instead of starting at zero. */
  level: boolean;
  points: TrendChartPoint[];
  /** Periods where a new classification begins (classification.ts): marked, so two series do not read as one. */
  breaks?: string[];
  chart: "line" | "bar";
  locale: Locale;
  fileName: string;
  text: TrendChartText;
}

/** A point; one still in progress is hollow, so that its fewer months do not read as a fall. */
function PointDot({ cx, cy, payload }: { cx?: number; cy?: number; payload?: { note: string | null } }) {
  if (cx === undefined || cy === undefined) return null;
  return payload?.note ? (
    <circle cx={cx} cy={cy} r={4} fill="#fff" stroke="#1e40af" strokeWidth={2} />
  ) : (
    <circle cx={cx} cy={cy} r={2} fill="#1e40af" stroke="#1e40af" />
  );
}

/** Months or quarters with the same periods of last year beside them and each year's target over that year. */
export function TrendChart({
  title,
  description,
  unit,
  decimals,
  level,
  points,
  breaks = [],
  chart,
  locale,
  fileName,
  text,
}: Props) {
  const short = (p: TrendChartPoint) => shortPeriodLabel(parsePeriod(p.period)!, locale);
  const label = (p: TrendChartPoint) => (p.note ? `${short(p)} (${p.note})` : short(p));
  const number = (v: number | null) => (v === null ? "—" : formatNumber(v, decimals, locale));
  const segments = targetSegments(points);
  const data = points.map((p, i) => ({
    ...p,
    label: short(p),
    fullLabel: label(p),
    ...Object.fromEntries(segments.filter((s) => i >= s.first && i <= s.last).map((s) => [s.key, s.value])),
  }));
  const axis = valueAxis([...points.flatMap((p) => [p.value, p.lastYear]), ...segments.map((s) => s.value)], {
    level: level && chart === "line",
    decimals,
    ceiling: unit === "%" ? 100 : undefined,
  });
  const table: ChartTable = {
    header: [text.period, `${text.value} (${unit})`, text.lastYear, text.target, text.estimateColumn],
    kinds: ["text", "number", "number", "number", "text"],
    decimals,
    rows: points.map((p) => [p.period, p.value, p.lastYear, p.target, p.estimate ? "x" : ""]),
    display: points.map((p) => [
      label(p),
      number(p.value),
      number(p.lastYear),
      number(p.target),
      p.estimate ? text.estimate : "",
    ]),
  };
  const legend: LegendEntry[] = [
    { name: text.value, colour: "#1e40af", mark: chart === "bar" ? "area" : "line" },
    { name: text.lastYear, colour: "#64748b", mark: "dashed" },
    ...(segments.length ? [{ name: text.target, colour: "#16a34a", mark: "dashed" as const }] : []),
  ];
  return (
    <ChartFrame title={title} description={description} fileName={fileName} table={table} text={text} legend={legend}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 20, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={12} />
          <YAxis
            tick={{ fontSize: 11 }}
            width={72}
            domain={axis?.domain}
            ticks={axis?.ticks}
            interval={0}
            tickFormatter={(v: number) => formatNumber(v, decimals, locale)}
          />
          <Tooltip
            labelFormatter={(value, payload) =>
              (payload[0]?.payload as { fullLabel?: string } | undefined)?.fullLabel ?? value
            }
            formatter={(v) => (typeof v === "number" ? formatNumber(v, decimals, locale) : String(v))}
          />
          <Line
            type="monotone"
            dataKey="lastYear"
            name={text.lastYear}
            stroke="#64748b"
            strokeDasharray="4 3"
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
          {chart === "bar" ? (
            <Bar dataKey="value" name={text.value} fill="#1e40af" isAnimationActive={false}>
              {data.map((p) => (
                <Cell key={p.period} fill={p.note ? "#93c5fd" : "#1e40af"} />
              ))}
            </Bar>
          ) : (
            <Line
              type="monotone"
              dataKey="value"
              name={text.value}
              stroke="#1e40af"
              strokeWidth={2}
              dot={(props) => <PointDot key={props.index} {...props} />}
              isAnimationActive={false}
              connectNulls
            />
          )}
          {points
            .filter((p) => breaks.includes(p.period))
            .map((p) => (
              <ReferenceLine
                key={`break-${p.period}`}
                x={short(p)}
                stroke="#b45309"
                strokeDasharray="2 2"
                label={{ value: text.classificationMark, position: "insideTopLeft", fontSize: 11, fill: "#92400e" }}
              />
            ))}
          {segments.map((segment) => (
            <Line
              key={segment.key}
              dataKey={segment.key}
              name={text.target}
              stroke="#16a34a"
              strokeWidth={1.5}
              strokeDasharray="6 3"
              dot={false}
              isAnimationActive={false}
            >
              {/* Clear above the line (Vietnamese marks reach below the baseline), drawn over every series with a white halo. */}
              <LabelList
                dataKey={segment.key}
                content={({ x, y, index }) =>
                  index === segment[segment.labelAt] ? (
                    <text
                      x={Number(x)}
                      y={Number(y) - 8}
                      textAnchor={segment.labelAt === "last" ? "end" : "start"}
                      fontSize={11}
                      fill="#166534"
                      stroke="#fff"
                      strokeWidth={3}
                      paintOrder="stroke"
                    >
                      {`${text.target} ${segment.year}: ${number(segment.value)}`}
                    </text>
                  ) : (
                    <g />
                  )
                }
              />
            </Line>
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
