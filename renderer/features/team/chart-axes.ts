import type { ChartTheme } from '../../charts/chart-theme';
import { formatAxisTooltip } from '../../charts/format-axis-tooltip';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** `YYYY-MM-DD` as "3 Mar" for axis labels; the year is in the window line above the charts. */
export function formatShortDay(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) ? day : dayFormat.format(ms);
}

/** A series value as a tooltip line reads it: a number as is, a gap as "none". */
export function formatPlain(value: unknown): string {
  return typeof value === 'number' ? String(Math.round(value * 10) / 10) : 'none';
}

/** Tooltip options whose values read with a unit; the heading is the axis label (a day or a week). */
export function tooltipWith(base: ReturnType<typeof baseChartOption>, formatValue: (value: unknown) => string, formatHeading?: (label: string) => string) {
  return { ...base.tooltip, formatter: (params: unknown) => formatAxisTooltip(params, formatValue, formatHeading) };
}

/** The grid, axis and tooltip styling every chart of the team page shares, in the theme's colours. */
export function baseChartOption(theme: ChartTheme, yName: string) {
  return {
    // No fontFamily: echarts measures legend text in its own default font, and a different one makes labels overlap.
    textStyle: { color: theme.text },
    // Legend on the first line, the y axis's name under it, the plot below: they never overlap.
    grid: { left: 48, right: 16, top: 48, bottom: 28, containLabel: false },
    tooltip: {
      trigger: 'axis',
      backgroundColor: theme.surface,
      borderColor: theme.border,
      textStyle: { color: theme.text },
      formatter: (params: unknown) => formatAxisTooltip(params, formatPlain),
    },
    legend: { top: 0, left: 0, textStyle: { color: theme.textMuted }, itemWidth: 12, itemHeight: 8 },
    yAxis: {
      type: 'value',
      name: yName,
      nameGap: 12,
      nameTextStyle: { color: theme.textMuted, align: 'left' },
      axisLabel: { color: theme.textMuted },
      splitLine: { lineStyle: { color: theme.border } },
    },
  };
}

export function categoryAxis(theme: ChartTheme, days: readonly string[]) {
  return {
    type: 'category',
    data: days.map(formatShortDay),
    axisLabel: { color: theme.textMuted, hideOverlap: true },
    axisLine: { lineStyle: { color: theme.border } },
    axisTick: { show: false },
  };
}
