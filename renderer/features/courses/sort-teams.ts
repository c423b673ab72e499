import type { SortState } from '../../components/SortableHeader';
import type { TeamMetrics } from '../../../shared/domain/team-metrics';

export type TeamSortKey = 'name' | 'total' | 'success' | 'failed' | 'canceled' | 'successRate';

export const defaultTeamSort: SortState<TeamSortKey> = { key: 'successRate', direction: 'descending' };

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function valueOf(team: TeamMetrics, key: Exclude<TeamSortKey, 'name'>): number | null {
  return key === 'successRate' ? team.pipelines.successRate : team.pipelines[key];
}

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
    const left = valueOf(a, key);
    const right = valueOf(b, key);
    if (left === null || right === null) {
      if (left === right) return nameOrder;
      return left === null ? 1 : -1;
    }
    return sign * (left - right) || nameOrder;
  });
}
