import type { MetricUnit } from '../../shared/metrics/team-metric';

/** How a chart axis shows a metric's values: multiply by factor, label with unit. */
export interface ValueScale {
  factor: number;
  /** The unit as the axis name shows it: "%", "min", "per day"; empty for a count. */
  unit: string;
}

/**
 * Picks the axis unit for a metric: ratios as percentages, durations in the largest of s, min, h and
 * d that keeps the biggest value at 2 or more, so an axis never reads 0.01 h or 7,200 s.
 */
export function chooseValueScale(unit: MetricUnit, values: readonly number[]): ValueScale {
  switch (unit) {
    case 'ratio':
      return { factor: 100, unit: '%' };
    case 'percent':
      return { factor: 1, unit: '%' };
    case 'perDay':
      return { factor: 1, unit: 'per day' };
    case 'count':
      return { factor: 1, unit: '' };
    case 'seconds': {
      const max = values.reduce((a, b) => Math.max(a, b), 0);
      if (max >= 2 * 86_400) return { factor: 1 / 86_400, unit: 'd' };
      if (max >= 2 * 3600) return { factor: 1 / 3600, unit: 'h' };
      if (max >= 120) return { factor: 1 / 60, unit: 'min' };
      return { factor: 1, unit: 's' };
    }
  }
}
