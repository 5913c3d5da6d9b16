// The one definition of the bench's percentiles (nearest rank), for every figure it prints.

/** The samples' p-th percentile for any p (100: the largest), sorting them once; 0 without samples. */
export function percentiles(samples: number[]): (p: number) => number {
  const sorted = [...samples].sort((a, b) => a - b);
  return (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);
}
