import { buildsPerDay } from './builds-per-day';
import { latestCoverage } from './latest-coverage';
import { meanTimeToRecovery, openFailureAge } from './mean-time-to-recovery';
import { pipelineCount } from './pipeline-count';
import { meanPipelineDuration, medianPipelineDuration, p95PipelineDuration } from './pipeline-duration-stats';
import { pipelineSuccessRate } from './pipeline-success-rate';
import { pipelinesCanceled } from './pipelines-canceled';
import { pipelinesFailed } from './pipelines-failed';
import { pipelinesSucceeded } from './pipelines-succeeded';
import type { TeamFacts } from './team-facts';

/**
 * Every per-team pipeline metric, in the order tables show them. A new metric is one module in this
 * folder plus a line here; the contract, the CLI table, the CSV export and the renderer follow.
 */
export const pipelineMetrics = [
  pipelineCount,
  pipelinesSucceeded,
  pipelinesFailed,
  pipelinesCanceled,
  pipelineSuccessRate,
  meanPipelineDuration,
  medianPipelineDuration,
  p95PipelineDuration,
  buildsPerDay,
  meanTimeToRecovery,
  openFailureAge,
  latestCoverage,
] as const;

export type PipelineMetric = (typeof pipelineMetrics)[number];
export type PipelineMetricId = PipelineMetric['id'];

/** A team's values, keyed by metric id, each typed as its compute function returns it. */
export type PipelineMetricValues = { [M in PipelineMetric as M['id']]: ReturnType<M['compute']> };

export function computePipelineMetrics(facts: TeamFacts): PipelineMetricValues {
  const values: Record<string, number | null> = {};
  for (const metric of pipelineMetrics) values[metric.id] = metric.compute(facts);
  // Filled from the same list the type is derived from, one entry per id.
  return values as PipelineMetricValues;
}
