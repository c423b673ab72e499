import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import type { OverviewMetric } from './overview-metrics';

/**
 * Why a team has no value for a figure, in a few words for the cell itself ("no pipelines" rather than
 * a dash or a zero that reads like a measurement). Null when there is a value to show.
 */
export function describeMissingValue(metric: Pick<OverviewMetric, 'id' | 'read' | 'source'>, team: TeamMetrics): string | null {
  const { pipelines } = team;
  // 0.00/day or 0 pipelines reads like a measurement; for a team where nothing ran it is not one.
  if (metric.source === 'pipelines' && pipelines.total === 0) return 'no pipelines';
  if (metric.read(team) !== null) return null;
  switch (metric.id) {
    case 'successRate':
      return 'none finished';
    case 'meanDurationS':
    case 'medianDurationS':
    case 'p95DurationS':
      return 'no durations';
    case 'mttrS':
      return pipelines.openFailureSinceS !== null ? 'still red' : 'never red';
    case 'openFailureSinceS':
      return 'green';
    case 'latestCoverage':
      return 'not reported';
    default:
      return 'no value';
  }
}

/** The longer explanation a missing cell shows on hover. */
export function explainMissingValue(short: string): string {
  switch (short) {
    case 'no pipelines':
      return 'No pipeline was created in this window: CI may be disabled, the project may have no .gitlab-ci.yml, or nobody pushed.';
    case 'none finished':
      return 'Pipelines ran, but none ended as success, failed or canceled in this window.';
    case 'no durations':
      return 'No successful or failed pipeline in this window has a duration (its jobs were not synced or never started).';
    case 'still red':
      return 'The default branch went red and has not recovered yet, so no recovery time can be measured.';
    case 'never red':
      return 'No failure episode on the default branch ended in this window, so there is no recovery to time.';
    case 'green':
      return 'The default branch is not red.';
    case 'not reported':
      return 'No default-branch pipeline in this window reported coverage (no job has a coverage regex or report).';
    default:
      return 'There is nothing to compute this figure from in this window.';
  }
}
