import type { SortState } from '../../components/SortableHeader';
import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import type { PipelineMetricId } from '../../../shared/metrics/registry';

/** A team table sorts by name or by any metric of the registry. */
export type TeamSortKey = 'name' | PipelineMetricId;

export const defaultTeamSort: SortState<TeamSortKey> = { key: 'successRate', direction: 'descending' };

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Sorts a copy. Teams without a value stay at the bottom in both directions: "no data" is neither
 * the best nor the worst rate. Ties fall back to the team name so the order never jumps on refresh.
 */
export function sortTeams(teams: readonly TeamMetrics[], sort: SortState<TeamSortKey>): TeamMetrics[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const { key } = sort;
  return [...teams].sort((a, b) => {
    const nameOrder = byName.compare(a.name, b.name) || byName.compare(a.project, b.project);
    if (key === 'name') return sign * nameOrder;
    const left = a.pipelines[key];
    const right = b.pipelines[key];
    if (left === null || right === null) {
      if (left === right) return nameOrder;
      return left === null ? 1 : -1;
    }
    return sign * (left - right) || nameOrder;
  });
}
