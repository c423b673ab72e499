import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import type { MetricUnit } from '../../../shared/metrics/team-metric';
import type { PipelineMetricId } from '../../../shared/metrics/registry';
import { pipelineMetrics } from '../../../shared/metrics/registry';
import type { TeamActivityMetricId } from '../../../shared/metrics/team-activity-metrics';
import { teamActivityMetrics } from '../../../shared/metrics/team-activity-metrics';

/** A team figure the overview can show, sort and chart: a pipeline metric or an activity total, as the core computed it. */
export interface OverviewMetric {
  id: PipelineMetricId | TeamActivityMetricId;
  label: string;
  unit: MetricUnit;
  definition: string;
  isHigherBetter: boolean;
  /** Which registry it comes from: a pipeline figure means nothing for a team without pipelines. */
  source: 'pipelines' | 'activity';
  /** Whether the team table shows it as a column (the chart can pick any). */
  isColumn: boolean;
  /** Reads the value the core sent; nothing is recomputed here. */
  read(team: TeamMetrics): number | null;
}

/** Every per-team figure, built from the two registries in their order: pipeline metrics first, then the activity totals. */
export const overviewMetrics: readonly OverviewMetric[] = [
  ...pipelineMetrics.map((m): OverviewMetric => ({
    id: m.id,
    label: m.label,
    unit: m.unit,
    definition: m.definition,
    isHigherBetter: m.isHigherBetter,
    source: 'pipelines',
    isColumn: m.isInOverview,
    read: (team) => team.pipelines[m.id],
  })),
  ...teamActivityMetrics.map((m): OverviewMetric => ({
    id: m.id,
    label: m.label,
    unit: m.unit,
    definition: m.definition,
    isHigherBetter: m.isHigherBetter,
    source: 'activity',
    isColumn: true,
    read: (team) => team.activity[m.id],
  })),
];

export function findOverviewMetric(id: string): OverviewMetric | undefined {
  return overviewMetrics.find((m) => m.id === id);
}

/** The figure the chart shows until the instructor picks another. */
export const defaultChartMetricId: OverviewMetric['id'] = 'successRate';
