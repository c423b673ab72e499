import type { TeamDetail } from '../../../shared/domain/team-detail';
import type { ChartTheme } from '../../charts/chart-theme';
import type { ChartOption } from '../../charts/echarts-setup';
import { baseChartOption, categoryAxis, formatShortDay, tooltipWith } from './chart-axes';

const percent = (value: number): string => `${value.toFixed(1)} %`;
const minutes = (value: number): string => `${value.toFixed(1)} min`;

export function buildWeeklySuccessOption(weekly: TeamDetail['weekly'], theme: ChartTheme): ChartOption {
  const base = baseChartOption(theme, 'Success rate (%)');
  return {
    ...base,
    tooltip: tooltipWith(
      base,
      (v) => (typeof v === 'number' ? percent(v) : 'no finished pipeline'),
      (label) => `Week of ${label}`,
    ),
    legend: { show: false },
    xAxis: categoryAxis(
      theme,
      weekly.map((w) => w.weekStart),
    ),
    yAxis: { ...base.yAxis, min: 0, max: 100 },
    series: [
      {
        name: 'Success rate (week from Monday)',
        type: 'bar',
        data: weekly.map((w) => ({
          value: w.successRate === null ? null : w.successRate * 100,
          itemStyle: { color: w.successRate === null ? theme.border : w.successRate >= 0.8 ? theme.good : w.successRate >= 0.5 ? theme.warn : theme.bad },
        })),
      },
    ],
  };
}

export function buildDurationOption(daily: TeamDetail['daily'], theme: ChartTheme): ChartOption {
  const base = baseChartOption(theme, 'Duration (min)');
  const toMinutes = (s: number | null) => (s === null ? null : s / 60);
  return {
    ...base,
    tooltip: tooltipWith(base, (v) => (typeof v === 'number' ? minutes(v) : 'none finished')),
    xAxis: categoryAxis(
      theme,
      daily.map((d) => d.day),
    ),
    series: [
      { name: 'Median', type: 'line', showSymbol: false, connectNulls: false, color: theme.accent, data: daily.map((d) => toMinutes(d.medianDurationS)) },
      {
        name: 'p95',
        type: 'line',
        showSymbol: false,
        connectNulls: false,
        color: theme.warn,
        lineStyle: { type: 'dashed' },
        data: daily.map((d) => toMinutes(d.p95DurationS)),
      },
    ],
  };
}

export function buildBuildsPerDayOption(daily: TeamDetail['daily'], theme: ChartTheme): ChartOption {
  const base = baseChartOption(theme, 'Pipelines');
  return {
    ...base,
    xAxis: categoryAxis(
      theme,
      daily.map((d) => d.day),
    ),
    yAxis: { ...base.yAxis, minInterval: 1 },
    series: [
      { name: 'Succeeded', type: 'bar', stack: 'day', color: theme.good, data: daily.map((d) => d.success) },
      { name: 'Failed', type: 'bar', stack: 'day', color: theme.bad, data: daily.map((d) => d.failed) },
      { name: 'Other', type: 'bar', stack: 'day', color: theme.textMuted, data: daily.map((d) => d.pipelines - d.success - d.failed) },
    ],
  };
}

export function buildCoverageOption(coverage: TeamDetail['coverage'], threshold: number, theme: ChartTheme): ChartOption {
  const base = baseChartOption(theme, 'Coverage (%)');
  return {
    ...base,
    tooltip: tooltipWith(base, (v) => (typeof v === 'number' ? percent(v) : 'none')),
    legend: { show: false },
    xAxis: categoryAxis(
      theme,
      coverage.map((c) => c.day),
    ),
    yAxis: { ...base.yAxis, min: 0, max: 100 },
    series: [
      {
        name: 'Default-branch coverage',
        type: 'line',
        color: theme.accent,
        showSymbol: coverage.length < 40,
        data: coverage.map((c) => c.coverage),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: theme.bad, type: 'dashed' },
          label: { formatter: `Threshold ${threshold} %`, color: theme.textMuted, position: 'insideEndTop' },
          data: [{ yAxis: threshold }],
        },
      },
    ],
  };
}

/** Words for what each chart shows, for screen readers and anyone who cannot tell the colours apart. */
export function summarizeWeeklySuccess(weekly: TeamDetail['weekly']): string {
  const rated = weekly.filter((w) => w.successRate !== null);
  if (rated.length === 0) return 'No week had a finished pipeline.';
  const worst = rated.reduce((a, b) => ((b.successRate ?? 1) < (a.successRate ?? 1) ? b : a));
  const last = rated[rated.length - 1];
  const red = rated.filter((w) => (w.successRate ?? 1) < 0.5).length;
  return `Success rate over ${weekly.length} weeks: lowest ${percent((worst.successRate ?? 0) * 100)} in the week of ${formatShortDay(worst.weekStart)}, latest ${percent((last?.successRate ?? 0) * 100)}; ${red} ${red === 1 ? 'week' : 'weeks'} below 50 %.`;
}

export function summarizeDurations(daily: TeamDetail['daily']): string {
  const medians = daily.flatMap((d) => (d.medianDurationS === null ? [] : [d.medianDurationS / 60]));
  const p95s = daily.flatMap((d) => (d.p95DurationS === null ? [] : [d.p95DurationS / 60]));
  if (medians.length === 0) return 'No pipeline finished with a duration.';
  return `Daily median duration between ${minutes(Math.min(...medians))} and ${minutes(Math.max(...medians))}; the slowest day’s p95 was ${minutes(Math.max(...p95s))}.`;
}

export function summarizeBuilds(daily: TeamDetail['daily']): string {
  if (daily.length === 0) return 'No pipelines ran.';
  const busiest = daily.reduce((a, b) => (b.pipelines > a.pipelines ? b : a));
  const total = daily.reduce((sum, d) => sum + d.pipelines, 0);
  return `${total} pipelines on ${daily.length} days with any; the busiest day, ${formatShortDay(busiest.day)}, had ${busiest.pipelines}.`;
}

export function summarizeCoverage(coverage: TeamDetail['coverage'], threshold: number): string {
  const first = coverage[0];
  const last = coverage[coverage.length - 1];
  if (!first || !last) return 'No default-branch pipeline reported coverage.';
  const above = coverage.filter((c) => c.coverage >= threshold).length;
  return `Coverage went from ${percent(first.coverage)} on ${formatShortDay(first.day)} to ${percent(last.coverage)} on ${formatShortDay(last.day)}; ${above} of ${coverage.length} days at or above the ${threshold} % threshold.`;
}
