import type { StudentMetrics } from '../../../shared/domain/student-metrics';
import type { ChartTheme } from '../../charts/chart-theme';
import type { ChartOption } from '../../charts/echarts-setup';
import { baseChartOption, categoryAxis, formatShortDay, tooltipWith } from './chart-axes';

export function buildRampOption(members: readonly StudentMetrics[], theme: ChartTheme): ChartOption {
  const base = baseChartOption(theme, 'Commits');
  const weeks = members[0]?.weekly.map((w) => w.weekStart) ?? [];
  return {
    ...base,
    color: theme.palette,
    // Series names are student names: formatAxisTooltip escapes them.
    tooltip: tooltipWith(
      base,
      (v) => `${typeof v === 'number' ? v : 0} commits`,
      (label) => `Week of ${label}`,
    ),
    legend: { ...base.legend, type: 'scroll' },
    xAxis: categoryAxis(theme, weeks),
    yAxis: { ...base.yAxis, minInterval: 1 },
    series: members.map((member) => ({
      name: member.name,
      type: 'line',
      showSymbol: false,
      data: member.weekly.map((w) => w.commits),
    })),
  };
}

export function summarizeRamp(members: readonly StudentMetrics[]): string {
  return members
    .map((m) => {
      const busiest = m.weekly.reduce<(typeof m.weekly)[number] | undefined>((a, b) => (!a || b.commits > a.commits ? b : a), undefined);
      const active = m.weekly.filter((w) => w.commits > 0).length;
      return busiest && busiest.commits > 0
        ? `${m.name}: commits in ${active} of ${m.weekly.length} weeks, most (${busiest.commits}) in the week of ${formatShortDay(busiest.weekStart)}.`
        : `${m.name}: no commits.`;
    })
    .join(' ');
}
