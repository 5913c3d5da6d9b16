// The value axis and target line of a trend chart: round ticks; levels (stocks, ratios) fit their
// figures, flows and bars start at zero; a year's target runs over that year's points only.

export interface ValueAxis {
  domain: [number, number];
  ticks: number[];
}

const multiples = [1, 2, 2.5, 5, 10];

/** Drops the float noise of a sum of steps: 0.1 + 0.2 is 0.3 on an axis. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

function representable(value: number, decimals: number): boolean {
  return clean(Number(value.toFixed(decimals))) === clean(value);
}

/** The round step (1, 2, 2,5 or 5 × 10^k) nearest to cutting a span into `count` parts, written with at most `decimals` decimals. */
export function niceStep(span: number, count: number, decimals: number): number {
  const finest = clean(10 ** -decimals);
  const raw = span / count;
  if (!(raw > finest)) return finest;
  const base = 10 ** Math.floor(Math.log10(raw));
  const candidates = multiples.map((m) => clean(m * base)).filter((s) => s >= finest && representable(s, decimals));
  const distance = (s: number) => Math.abs(Math.log(s / raw));
  return candidates.reduce((best, s) => (distance(s) < distance(best) ? s : best));
}

/**
 * Round ticks from below `min` to above `max`, about `count` intervals, each a multiple of the step;
 * a flat series gets a step on each side (none below zero when it is zero). `ceiling` caps the
 * axis where figures cannot go beyond it (100 for a share in %).
 */
export function niceTicks(
  min: number,
  max: number,
  { count = 4, decimals = 0, ceiling }: { count?: number; decimals?: number; ceiling?: number } = {},
): ValueAxis {
  const flat = max - min === 0;
  const step = niceStep(flat ? Math.abs(max) / 5 : max - min, count, decimals);
  let low = clean(Math.floor(clean(min / step)) * step);
  let high = clean(Math.ceil(clean(max / step)) * step);
  if (low === high) {
    if (low !== 0) low = clean(low - step);
    high = clean(high + step);
  }
  if (ceiling !== undefined && max <= ceiling) high = Math.min(high, ceiling);
  const ticks: number[] = [];
  for (let i = 0; clean(low + i * step) <= high; i++) ticks.push(clean(low + i * step));
  return { domain: [low, high], ticks };
}

/**
 * The value axis of a chart of these figures. A level drawn as a line fits its figures, so that its
 * movement shows; flows, and anything drawn as bars (whose length is the value), start at zero.
 * Null without figures.
 */
export function valueAxis(
  values: (number | null)[],
  { level, decimals, ceiling }: { level: boolean; decimals: number; ceiling?: number },
): ValueAxis | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (!known.length) return null;
  const min = Math.min(...known);
  const max = Math.max(...known);
  return niceTicks(level ? min : Math.min(0, min), level ? max : Math.max(0, max), { decimals, ceiling });
}

export interface TargetSegment {
  /** The data key its values are drawn from: `target2024`. */
  key: string;
  year: number;
  value: number;
  /** Indexes of its first and last points. */
  first: number;
  last: number;
  /** Where its label goes: after its last point, or from its first when it is too short to hold it there, at the chart's start. */
  labelAt: "first" | "last";
}

/**
 * A year's target as a line over that year's points only: one segment per run of points of the same
 * year with a target; a year with a single point in the chart gets none (a line needs two). Its
 * label ends at its last point, except for a short segment opening the chart, whose label would run
 * into the value axis: that one starts at its first point.
 */
export function targetSegments(points: { period: string; target: number | null }[]): TargetSegment[] {
  const segments: TargetSegment[] = [];
  points.forEach((point, index) => {
    const year = Number(point.period.slice(0, 4));
    const open = segments.at(-1);
    if (point.target === null) return;
    if (open && open.year === year && open.last === index - 1) open.last = index;
    else segments.push({ key: `target${year}`, year, value: point.target, first: index, last: index, labelAt: "last" });
  });
  return segments
    .filter((s) => s.last > s.first)
    .map((s) => ({ ...s, labelAt: s.first === 0 && s.last - s.first < 3 ? "first" : "last" }));
}
