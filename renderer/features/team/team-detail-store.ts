import type { ApiTransport } from '../../../shared/api/contract';
import type { MetricsWindowSpec } from '../../../shared/domain/metrics-window';
import type { TeamDetail } from '../../../shared/domain/team-detail';
import { api } from '../../api-client';
import type { ChangeDependency } from '../../app/refresh-on-change';
import { useRouteStore } from '../../app/route-store';
import { windowKeyOf } from '../metrics-window/window-options';
import { createKeyedStore, idleEntry, type KeyedEntry, type KeyedState } from './create-keyed-store';

/** Which team over which window, as the window selector names it; the core resolves it to days. */
export interface TeamQuery {
  courseId: number;
  projectId: number;
  window: MetricsWindowSpec;
}

/** Keyed by the window too, so switching windows shows the new window's answer, never the last one's. */
export function teamKey(query: TeamQuery): string {
  return `${query.courseId}:${query.projectId}:${windowKeyOf(query.window)}`;
}

/** A store over the given transport; the app uses the one below, renderer tests make their own. */
export function createTeamDetailStore(transport: ApiTransport) {
  return createKeyedStore<TeamQuery, TeamDetail>(teamKey, (query) =>
    transport.call('metrics.team', { courseId: query.courseId, projectId: query.projectId, window: query.window }),
  );
}

export const useTeamDetailStore = createTeamDetailStore(api);

/** The queries the open screens asked for, so a data change refetches exactly those. */
const openQueries = new Map<string, TeamQuery>();

export function noteTeamQueryOpen(query: TeamQuery): () => void {
  const key = teamKey(query);
  openQueries.set(key, query);
  return () => openQueries.delete(key);
}

export function selectTeamDetail(query: TeamQuery): (state: KeyedState<TeamQuery, TeamDetail>) => KeyedEntry<TeamDetail> {
  const key = teamKey(query);
  return (state) => state.byKey[key] ?? idleEntry;
}

/** Every table a team's figures, series and lists read, aliases and exclusions included. */
export const teamTables = [
  'courses',
  'course_teams',
  'projects',
  'pipelines',
  'members',
  'users',
  'commits',
  'merge_requests',
  'issues',
  'notes',
  'ci_configs',
  'identity_aliases',
  'exclusions',
] as const;

/** teamTables plus the iterations: an edited iteration keeps its name but counts other days. */
export const teamWindowTables = [...teamTables, 'course_iterations'] as const;

export const teamDetailChanges: ChangeDependency = {
  dependsOn: teamWindowTables,
  refresh: async () => {
    if (useRouteStore.getState().route.screen !== 'team') return;
    await Promise.all([...openQueries.values()].map((query) => useTeamDetailStore.getState().fetch(query)));
  },
};
