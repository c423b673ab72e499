import type { TeamMetric } from './team-metric';

const countFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 45 s · 12 min 5 s · 3 h 20 min · 2 d 4 h: the two largest units are enough to compare teams. */
export function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  if (s < 86_400) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
}

/** For people (the app's tables, the CLI): 1,234 · 87.5 % · 12 min 5 s · 2.40/day · "—" for no value. */
export function formatMetricValue(metric: Pick<TeamMetric, 'unit'>, value: number | null): string {
  if (value === null) return '—';
  switch (metric.unit) {
    case 'count':
      return countFormat.format(value);
    case 'ratio':
      return `${oneDecimal.format(value * 100)} %`;
    case 'percent':
      return `${oneDecimal.format(value)} %`;
    case 'seconds':
      return formatSeconds(value);
    case 'perDay':
      return `${twoDecimals.format(value)}/day`;
  }
}

/** For spreadsheets: plain numbers without grouping or units (the unit is in the header), empty for no value. */
export function formatMetricCell(metric: Pick<TeamMetric, 'unit'>, value: number | null): string {
  if (value === null) return '';
  switch (metric.unit) {
    case 'count':
      return String(value);
    case 'ratio':
      return (value * 100).toFixed(1);
    case 'percent':
      return value.toFixed(1);
    case 'seconds':
      return String(Math.round(value));
    case 'perDay':
      return value.toFixed(2);
  }
}

const headerUnits: Record<TeamMetric['unit'], string> = { count: '', ratio: ' (%)', percent: ' (%)', seconds: ' (s)', perDay: ' (per day)' };

/** A spreadsheet header that carries the unit its cells leave out: "Success rate (%)". */
export function formatMetricHeader(metric: Pick<TeamMetric, 'label' | 'unit'>): string {
  return `${metric.label}${headerUnits[metric.unit]}`;
}
