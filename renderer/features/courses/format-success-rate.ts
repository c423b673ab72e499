/** How a success rate reads at a glance; the thresholds match what instructors flag in reviews. */
export type SuccessRateLevel = 'good' | 'warn' | 'bad' | 'none';

const percent = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 0.875 → "87.5 %"; null (no finished pipeline) → "—". */
export function formatSuccessRate(rate: number | null): string {
  return rate === null ? '—' : `${percent.format(rate * 100)} %`;
}

export function classifySuccessRate(rate: number | null): SuccessRateLevel {
  if (rate === null) return 'none';
  if (rate >= 0.8) return 'good';
  if (rate >= 0.5) return 'warn';
  return 'bad';
}
