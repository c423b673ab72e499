/** Points as a grade sheet shows them: at most two decimals, no trailing zeros (7.5, 10, 3.33). */
export function formatPoints(points: number): string {
  if (!Number.isFinite(points)) return '—';
  return String(Math.round(points * 100) / 100);
}
