import type { ApiTransport } from '../../../shared/api/contract';
import type { StudentProfile } from '../../../shared/domain/team-detail';
import { api } from '../../api-client';
import type { ChangeDependency } from '../../app/refresh-on-change';
import { useRouteStore } from '../../app/route-store';
import { createKeyedStore, idleEntry, type KeyedEntry, type KeyedState } from './create-keyed-store';
import { windowKeyOf } from '../metrics-window/window-options';
import { teamWindowTables, type TeamQuery } from './team-detail-store';

export interface StudentQuery extends TeamQuery {
  username: string;
}

export function studentKey(query: StudentQuery): string {
  return `${query.courseId}:${query.projectId}:${query.username}:${windowKeyOf(query.window)}`;
}

export function createStudentProfileStore(transport: ApiTransport) {
  return createKeyedStore<StudentQuery, StudentProfile>(studentKey, (query) =>
    transport.call('metrics.student', { courseId: query.courseId, projectId: query.projectId, username: query.username, window: query.window }),
  );
}

export const useStudentProfileStore = createStudentProfileStore(api);

const openQueries = new Map<string, StudentQuery>();

export function noteStudentQueryOpen(query: StudentQuery): () => void {
  const key = studentKey(query);
  openQueries.set(key, query);
  return () => openQueries.delete(key);
}

export function selectStudentProfile(query: StudentQuery): (state: KeyedState<StudentQuery, StudentProfile>) => KeyedEntry<StudentProfile> {
  const key = studentKey(query);
  return (state) => state.byKey[key] ?? idleEntry;
}

export const studentProfileChanges: ChangeDependency = {
  dependsOn: teamWindowTables,
  refresh: async () => {
    if (useRouteStore.getState().route.screen !== 'student') return;
    await Promise.all([...openQueries.values()].map((query) => useStudentProfileStore.getState().fetch(query)));
  },
};
