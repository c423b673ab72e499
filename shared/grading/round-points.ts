/**
 * Rounds to the nearest multiple of step, halves up. The small epsilon keeps 2.5 / 0.5 * 0.5 from
 * landing just under a half because of binary fractions, and the final toFixed drops the noise a
 * multiplication leaves (0.1 * 3 = 0.30000000000000004), so equal grades compare equal.
 */
export function roundToStep(value: number, step: number): number {
  const steps = Math.floor(value / step + 0.5 + 1e-9);
  return Number((steps * step).toFixed(6));
}

/** Weighted points, totals and percentages are kept to hundredths, as the grade sheets show them. */
export function roundToHundredths(value: number): number {
  return roundToStep(value, 0.01);
}
