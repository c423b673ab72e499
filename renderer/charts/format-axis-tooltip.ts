import { escapeMarkup } from '../../shared/domain/escape-markup';

interface AxisTooltipItem {
  seriesName?: string;
  value?: unknown;
  axisValueLabel?: string;
}

/**
 * An axis tooltip as HTML with every piece of text escaped and no inline styles: echarts' default
 * markers carry style attributes, which the app's Content-Security-Policy (style-src 'self') refuses.
 * `formatValue` gets each series' value (a number, or null/undefined for a gap).
 */
export function formatAxisTooltip(
  params: unknown,
  formatValue: (value: unknown) => string,
  formatHeading: (label: string) => string = (label) => label,
): string {
  const items = (Array.isArray(params) ? params : [params]) as AxisTooltipItem[];
  const heading = escapeMarkup(formatHeading(items[0]?.axisValueLabel ?? ''));
  const lines = items.map((item) => `${escapeMarkup(item.seriesName ?? '')}: ${escapeMarkup(formatValue(item.value))}`);
  return [`<strong>${heading}</strong>`, ...lines].join('<br/>');
}
