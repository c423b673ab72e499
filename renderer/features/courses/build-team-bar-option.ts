import { escapeMarkup } from '../../../shared/domain/escape-markup';
import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import { formatMetricValue } from '../../../shared/metrics/format-metric-value';
import type { ChartTheme } from '../../charts/chart-theme';
import { chooseValueScale } from '../../charts/choose-value-scale';
import type { ChartOption } from '../../charts/echarts-setup';
import { describeMissingValue } from './describe-missing-value';
import type { OverviewMetric } from './overview-metrics';

/** One bar: the team, the value as the core sent it, and the value on the axis's scale. */
export interface TeamBar {
  name: string;
  project: string;
  value: number;
  scaled: number;
}

export interface TeamBars {
  bars: TeamBar[];
  /** Teams with no value for the metric (no pipelines, no coverage…); named in the summary, not drawn as zero. */
  missing: string[];
  axisName: string;
}

/** The teams that have a value, best first as the metric defines better; the others listed by name. */
export function collectTeamBars(teams: readonly TeamMetrics[], metric: OverviewMetric): TeamBars {
  const withValue = teams.flatMap((team) => {
    const value = metric.read(team);
    return value === null || describeMissingValue(metric, team) !== null ? [] : [{ team, value }];
  });
  const scale = chooseValueScale(
    metric.unit,
    withValue.map((v) => v.value),
  );
  const sign = metric.isHigherBetter ? -1 : 1;
  const bars = withValue
    .map(({ team, value }) => ({ name: team.name, project: team.project, value, scaled: value * scale.factor }))
    .sort((a, b) => sign * (a.value - b.value) || a.name.localeCompare(b.name));
  return {
    bars,
    missing: teams.filter((t) => describeMissingValue(metric, t) !== null).map((t) => t.name),
    axisName: scale.unit === '' ? metric.label : `${metric.label} (${scale.unit})`,
  };
}

/** In words, for screen readers: the best and the worst team and who has no value. */
export function summarizeTeamBars(data: TeamBars, metric: OverviewMetric, windowLabel: string): string {
  const first = data.bars[0];
  const last = data.bars[data.bars.length - 1];
  const parts = [`${metric.label} per team over ${windowLabel}.`];
  if (first && last) {
    parts.push(
      data.bars.length === 1
        ? `One team has a value: ${first.name}, ${formatMetricValue(metric, first.value)}.`
        : `Best: ${first.name}, ${formatMetricValue(metric, first.value)}; worst: ${last.name}, ${formatMetricValue(metric, last.value)}; ${data.bars.length} teams in all.`,
    );
  }
  if (data.missing.length > 0) parts.push(`No value for ${data.missing.length} ${data.missing.length === 1 ? 'team' : 'teams'}: ${data.missing.join(', ')}.`);
  return parts.join(' ');
}

const barHeight = 22;

/** Room for the team names on the axis, which are cut to fit it (the tooltip has the whole name). */
const labelWidth = 150;
const labelCharacters = 22;

/** The axis label of a team: SVG text, so no escaping, but never longer than the margin holds. */
export function shortenLabel(name: string): string {
  const characters = [...name];
  return characters.length <= labelCharacters ? name : `${characters.slice(0, labelCharacters - 1).join('')}…`;
}

/** The chart's height: one row per team, so 100 teams stay readable (the panel scrolls with the page). */
export function teamBarChartHeight(barCount: number): number {
  return Math.max(160, 56 + barCount * barHeight);
}

/**
 * A horizontal bar per team, best at the top. Team names are student text: the tooltip is HTML, so
 * its formatter escapes them; the axis labels are SVG text, which echarts writes as text nodes.
 */
export function buildTeamBarOption(data: TeamBars, metric: OverviewMetric, theme: ChartTheme): ChartOption {
  return {
    textStyle: { color: theme.text, fontFamily: 'inherit' },
    // A fixed left margin for the names: containLabel measures a label before it is truncated, so a long name pushed the axis off the chart.
    grid: { left: labelWidth + 16, right: 24, top: 8, bottom: 36 },
    tooltip: {
      trigger: 'item',
      // Kept inside the chart and wrapped, so a long name cannot push the tooltip past the window's edge.
      confine: true,
      extraCssText: 'max-width: 320px; white-space: normal; overflow-wrap: anywhere;',
      backgroundColor: theme.surface,
      borderColor: theme.border,
      textStyle: { color: theme.text },
      formatter: (params: unknown) => {
        const index = (params as { dataIndex?: number }).dataIndex ?? -1;
        const bar = data.bars[index];
        if (!bar) return '';
        return `<strong>${escapeMarkup(bar.name)}</strong><br/>${escapeMarkup(bar.project)}<br/>${escapeMarkup(metric.label)}: ${escapeMarkup(formatMetricValue(metric, bar.value))}`;
      },
    },
    xAxis: {
      type: 'value',
      name: data.axisName,
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: { color: theme.textMuted },
      axisLabel: { color: theme.textMuted },
      splitLine: { lineStyle: { color: theme.border } },
      ...(metric.unit === 'ratio' || metric.unit === 'percent' ? { max: 100 } : {}),
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: data.bars.map((b) => b.name),
      // Cut by characters here: echarts' own truncation measured some names short and let them run off the chart.
      axisLabel: { color: theme.text, formatter: shortenLabel },
      axisLine: { lineStyle: { color: theme.border } },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        name: metric.label,
        data: data.bars.map((b) => b.scaled),
        itemStyle: { color: theme.accent, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 16,
      },
    ],
  };
}
