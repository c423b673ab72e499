import { useCallback, useId, useMemo, useState } from 'react';
import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import type { ChartTheme } from '../../charts/chart-theme';
import { ChartPanel } from '../../charts/ChartPanel';
import { buildTeamBarOption, collectTeamBars, summarizeTeamBars, teamBarChartHeight } from './build-team-bar-option';
import { defaultChartMetricId, findOverviewMetric, overviewMetrics } from './overview-metrics';

/** Teams compared on one figure the instructor picks; the values are the core's, only scaled for the axis. */
export function TeamComparisonChart({ teams, windowLabel }: { teams: readonly TeamMetrics[]; windowLabel: string }) {
  const selectId = useId();
  const [metricId, setMetricId] = useState<string>(defaultChartMetricId);
  const metric = findOverviewMetric(metricId) ?? overviewMetrics[0];
  const data = useMemo(() => (metric ? collectTeamBars(teams, metric) : { bars: [], missing: [], axisName: '' }), [teams, metric]);
  const buildOption = useCallback((theme: ChartTheme) => (metric ? buildTeamBarOption(data, metric, theme) : {}), [data, metric]);
  if (!metric) return null;
  return (
    <ChartPanel
      title={`Teams by ${metric.label.toLowerCase()}`}
      summary={summarizeTeamBars(data, metric, windowLabel)}
      isEmpty={data.bars.length === 0}
      emptyMessage={`No team has a ${metric.label.toLowerCase()} over ${windowLabel}: ${teams.length === 0 ? 'no teams are shown' : 'there is nothing to compute it from (no pipelines, no coverage reported, or no activity)'}.`}
      buildOption={buildOption}
      height={teamBarChartHeight(data.bars.length)}
      actions={
        <span className="chart-metric-picker">
          <label htmlFor={selectId}>Compare on</label>
          <select id={selectId} className="text-input" value={metric.id} onChange={(e) => setMetricId(e.target.value)} title={metric.definition}>
            {overviewMetrics.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </span>
      }
    />
  );
}
