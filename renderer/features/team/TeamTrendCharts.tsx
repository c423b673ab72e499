import { useCallback } from 'react';
import type { TeamDetail } from '../../../shared/domain/team-detail';
import type { ChartTheme } from '../../charts/chart-theme';
import { ChartPanel } from '../../charts/ChartPanel';
import {
  buildBuildsPerDayOption,
  buildCoverageOption,
  buildDurationOption,
  buildWeeklySuccessOption,
  summarizeBuilds,
  summarizeCoverage,
  summarizeDurations,
  summarizeWeeklySuccess,
} from './build-trend-options';

/** The four trend charts: success rate per week, duration per day, builds per day, coverage against the threshold. */
export function TeamTrendCharts({ detail }: { detail: TeamDetail }) {
  const { weekly, daily, coverage, coverageThreshold } = detail;
  const weeklyOption = useCallback((theme: ChartTheme) => buildWeeklySuccessOption(weekly, theme), [weekly]);
  const durationOption = useCallback((theme: ChartTheme) => buildDurationOption(daily, theme), [daily]);
  const buildsOption = useCallback((theme: ChartTheme) => buildBuildsPerDayOption(daily, theme), [daily]);
  const coverageOption = useCallback((theme: ChartTheme) => buildCoverageOption(coverage, coverageThreshold, theme), [coverage, coverageThreshold]);
  const noPipelines = 'No pipelines ran in this window.';
  return (
    <div className="chart-grid">
      <ChartPanel
        title="Success rate per week"
        summary={summarizeWeeklySuccess(weekly)}
        isEmpty={weekly.length === 0}
        emptyMessage={noPipelines}
        buildOption={weeklyOption}
      />
      <ChartPanel
        title="Pipeline duration per day (median and p95)"
        summary={summarizeDurations(daily)}
        isEmpty={!daily.some((d) => d.medianDurationS !== null)}
        emptyMessage={daily.length === 0 ? noPipelines : 'No pipeline finished with a duration.'}
        buildOption={durationOption}
      />
      <ChartPanel title="Builds per day" summary={summarizeBuilds(daily)} isEmpty={daily.length === 0} emptyMessage={noPipelines} buildOption={buildsOption} />
      <ChartPanel
        title={`Coverage over time (threshold ${coverageThreshold} %)`}
        summary={summarizeCoverage(coverage, coverageThreshold)}
        isEmpty={coverage.length === 0}
        emptyMessage="No default-branch pipeline reported coverage: the team’s jobs do not publish a coverage figure."
        buildOption={coverageOption}
      />
    </div>
  );
}
