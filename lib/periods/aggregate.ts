/** numerator / denominator × 100, or null when the denominator is zero. */
export function computeRatio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : (numerator / denominator) * 100;
}
