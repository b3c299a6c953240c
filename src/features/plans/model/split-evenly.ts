/**
 * 100 % spread over n rows in whole numbers that add up to exactly 100: every row gets the floor
 * of 100/n and the first rows one more until the remainder is used ([34, 33, 33] for three).
 * Undefined when impossible: with more than 100 rows some share would be 0, which is not allowed.
 */
export function splitEvenly(rows: number, total = 100): number[] | undefined {
  if (rows < 1 || rows > total) return undefined;
  const base = Math.floor(total / rows);
  const extra = total - base * rows;
  return Array.from({ length: rows }, (_, i) => base + (i < extra ? 1 : 0));
}

/** The running total of the percentage rows; text that is not a whole number counts as 0. */
export function percentTotal(counts: readonly string[]): number {
  return counts.reduce((sum, text) => {
    const trimmed = text.trim();
    return /^\d+$/.test(trimmed) ? sum + Number(trimmed) : sum;
  }, 0);
}
