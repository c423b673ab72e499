import type { TeamMetric } from './team-metric';

const countFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** For people (the app's tables, the CLI): 1,234 · 87.5 % · "—" for no value. */
export function formatMetricValue(metric: Pick<TeamMetric, 'unit'>, value: number | null): string {
  if (value === null) return '—';
  return metric.unit === 'ratio' ? `${percentFormat.format(value * 100)} %` : countFormat.format(value);
}

/** For spreadsheets: plain numbers without grouping or units (the unit is in the header), empty for no value. */
export function formatMetricCell(metric: Pick<TeamMetric, 'unit'>, value: number | null): string {
  if (value === null) return '';
  return metric.unit === 'ratio' ? (value * 100).toFixed(1) : String(value);
}

/** A spreadsheet header that carries the unit its cells leave out: "Success rate (%)". */
export function formatMetricHeader(metric: Pick<TeamMetric, 'label' | 'unit'>): string {
  return metric.unit === 'ratio' ? `${metric.label} (%)` : metric.label;
}
