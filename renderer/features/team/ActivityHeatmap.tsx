import { useCallback } from 'react';
import type { TeamDetail } from '../../../shared/domain/team-detail';
import type { ChartTheme } from '../../charts/chart-theme';
import { ChartPanel } from '../../charts/ChartPanel';
import type { ChartOption } from '../../charts/echarts-setup';

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));

function buildHeatmapOption(cells: TeamDetail['heatmap'], theme: ChartTheme): ChartOption {
  const max = Math.max(1, ...cells.map((c) => c.commits));
  return {
    // No fontFamily: echarts measures legend text in its own default font, and a different one makes labels overlap.
    textStyle: { color: theme.text },
    grid: { left: 44, right: 96, top: 8, bottom: 40 },
    tooltip: {
      backgroundColor: theme.surface,
      borderColor: theme.border,
      textStyle: { color: theme.text },
      formatter: (params: { value?: unknown }) => {
        const [hour, weekday, commits] = Array.isArray(params.value) ? (params.value as number[]) : [];
        return `${weekdays[weekday ?? 0] ?? ''} ${hours[hour ?? 0] ?? ''}:00–${hours[hour ?? 0] ?? ''}:59: ${commits ?? 0} commits`;
      },
    },
    xAxis: {
      type: 'category',
      data: hours,
      name: 'Hour',
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: { color: theme.textMuted },
      splitArea: { show: false },
    },
    yAxis: { type: 'category', data: weekdays, inverse: true, axisLabel: { color: theme.textMuted } },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'vertical',
      right: 0,
      top: 'middle',
      itemHeight: 120,
      itemWidth: 10,
      text: [`${max} commits`, '0'],
      textStyle: { color: theme.textMuted },
      inRange: { color: [theme.surface, theme.accent] },
    },
    series: [{ type: 'heatmap', data: cells.map((c) => [c.hour, c.weekday, c.commits]), itemStyle: { borderColor: theme.border, borderWidth: 1 } }],
  };
}

function summarizeHeatmap(cells: TeamDetail['heatmap']): string {
  if (cells.length === 0) return 'No commits in this window.';
  const busiest = cells.reduce((a, b) => (b.commits > a.commits ? b : a));
  const total = cells.reduce((sum, c) => sum + c.commits, 0);
  const night = cells.filter((c) => c.hour < 6).reduce((sum, c) => sum + c.commits, 0);
  return `${total} commits; the busiest hour is ${weekdays[busiest.weekday] ?? ''} ${busiest.hour}:00 with ${busiest.commits}; ${night} made between midnight and 6:00.`;
}

/** Commits per weekday and hour of the course's time zone: when the team works, and whether it crams at night. */
export function ActivityHeatmap({
  cells,
  timeZone,
  title = 'Commit activity by weekday and hour',
}: {
  cells: TeamDetail['heatmap'];
  timeZone: string;
  title?: string;
}) {
  const option = useCallback((theme: ChartTheme) => buildHeatmapOption(cells, theme), [cells]);
  return (
    <ChartPanel
      title={`${title} (${timeZone})`}
      summary={summarizeHeatmap(cells)}
      isEmpty={cells.length === 0}
      emptyMessage="No commits in this window."
      buildOption={option}
      height={240}
    />
  );
}
