/** How a success rate reads at a glance; the thresholds match what instructors flag in reviews. */
export type SuccessRateLevel = 'good' | 'warn' | 'bad' | 'none';

export function classifySuccessRate(rate: number | null): SuccessRateLevel {
  if (rate === null) return 'none';
  if (rate >= 0.8) return 'good';
  if (rate >= 0.5) return 'warn';
  return 'bad';
}
