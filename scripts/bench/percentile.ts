/**
 * Nearest-rank percentiles of `values`, sorted once: the returned function gives percentile `p`
 * (0–100), or undefined when there are no values.
 */
export function percentiles(values: readonly number[]): (p: number) => number | undefined {
  const sorted = Float64Array.from(values).sort();
  return (p) =>
    sorted.length === 0 ? undefined : sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
