import type { SortDirection, SortState } from '../../components/SortableHeader';
import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import { practiceNames } from '../../../shared/domain/practices';
import type { OverviewMetric } from './overview-metrics';
import { findOverviewMetric } from './overview-metrics';

/** The team table sorts by name, by any figure of the registries, by practice checks passed, or by flags raised. */
export type TeamSortKey = 'name' | OverviewMetric['id'] | 'practices' | 'flags';

export const defaultTeamSort: SortState<TeamSortKey> = { key: 'successRate', direction: 'descending' };

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The number a column sorts by; null sorts last in both directions. */
export function readSortValue(team: TeamMetrics, key: Exclude<TeamSortKey, 'name'>): number | null {
  if (key === 'practices') return practiceNames.filter((name) => team.practices[name]).length;
  if (key === 'flags') return team.flags.length;
  return findOverviewMetric(key)?.read(team) ?? null;
}

/** The direction a column starts in when picked: better teams first (more checks passed, fewer flags). */
export function naturalDirection(key: TeamSortKey): SortDirection {
  if (key === 'name' || key === 'flags') return 'ascending';
  if (key === 'practices') return 'descending';
  return findOverviewMetric(key)?.isHigherBetter === false ? 'ascending' : 'descending';
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
    const left = readSortValue(a, key);
    const right = readSortValue(b, key);
    if (left === null || right === null) {
      if (left === right) return nameOrder;
      return left === null ? 1 : -1;
    }
    return sign * (left - right) || nameOrder;
  });
}

/** Teams with at least one flag (a student with a low share or no activity, a branch red for a week, an ambiguous author). */
export function keepFlaggedTeams(teams: readonly TeamMetrics[]): TeamMetrics[] {
  return teams.filter((team) => team.flags.length > 0);
}
