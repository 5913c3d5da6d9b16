"use client";

import { Line, LineChart, ResponsiveContainer } from "recharts";

/** Twelve months at a glance; the tile's text says the figures. */
export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const data = values.map((value, i) => ({ i, value }));
  return (
    <div className="h-10 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 4, right: 2, bottom: 4, left: 2 }}>
          <Line type="monotone" dataKey="value" stroke="#1e40af" strokeWidth={1.5} dot={false} isAnimationActive={false} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
