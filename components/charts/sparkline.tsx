/** Twelve months at a glance as a plain SVG line (no chart library on the overview); the tile's text says the figures. */
export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return <div className="h-10" />;
  const min = Math.min(...known);
  const span = Math.max(...known) - min || 1;
  const step = 100 / (values.length - 1);
  const points = values.flatMap((v, i) =>
    v === null ? [] : [`${(i * step).toFixed(2)},${(36 - ((v - min) / span) * 32).toFixed(2)}`],
  );
  return (
    <svg viewBox="0 0 100 40" preserveAspectRatio="none" className="h-10 w-full" role="img" aria-label={label}>
      <polyline
        points={points.join(" ")}
        fill="none"
        stroke="#1e40af"
        strokeWidth="1.5"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
