import type { StudentProfile } from '../../../shared/domain/team-detail';
import type { ChartTheme } from '../../charts/chart-theme';
import type { ChartOption } from '../../charts/echarts-setup';
import { baseChartOption, categoryAxis, formatShortDay, tooltipWith } from './chart-axes';

/** The student's commits per week (bars) and their share of the team's commits that week (a line, right axis). */
export function buildTimelineOption(profile: StudentProfile, theme: ChartTheme): ChartOption {
  const base = baseChartOption(theme, 'Commits');
  const weeks = profile.student.weekly;
  return {
    ...base,
    grid: { ...base.grid, right: 48 },
    tooltip: tooltipWith(
      base,
      (v) => (typeof v === 'number' ? String(v) : 'no team commits'),
      (label) => `Week of ${label}`,
    ),
    xAxis: categoryAxis(
      theme,
      weeks.map((w) => w.weekStart),
    ),
    yAxis: [
      { ...base.yAxis, minInterval: 1 },
      {
        ...base.yAxis,
        name: 'Share (%)',
        nameTextStyle: { ...base.yAxis.nameTextStyle, align: 'right' },
        min: 0,
        max: 100,
        position: 'right',
        splitLine: { show: false },
      },
    ],
    series: [
      { name: 'Student’s commits', type: 'bar', color: theme.accent, data: weeks.map((w) => w.commits) },
      {
        name: 'Share of the team (%)',
        type: 'line',
        yAxisIndex: 1,
        color: theme.warn,
        connectNulls: false,
        data: weeks.map((w, index) => {
          const team = profile.teamWeekly[index]?.commits ?? 0;
          return team === 0 ? null : Math.round((w.commits / team) * 1000) / 10;
        }),
      },
    ],
  };
}

export function summarizeTimeline(profile: StudentProfile): string {
  const weeks = profile.student.weekly;
  const active = weeks.filter((w) => w.commits > 0);
  if (active.length === 0) return `No commits by ${profile.student.name} in ${weeks.length} weeks.`;
  const first = active[0];
  const last = active[active.length - 1];
  return `Commits in ${active.length} of ${weeks.length} weeks, from the week of ${formatShortDay(first?.weekStart ?? '')} to the week of ${formatShortDay(last?.weekStart ?? '')}; ${profile.student.commits} of the team’s ${profile.teamCommits} commits.`;
}
