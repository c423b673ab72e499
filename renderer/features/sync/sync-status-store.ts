import { create } from 'zustand';
import type { ApiError } from '../../../shared/api/result';
import type { SyncStatus } from '../../../shared/domain/sync';
import { api } from '../../api-client';
import type { ChangeDependency } from '../../app/refresh-on-change';

interface SyncStatusState {
  statuses: SyncStatus[];
  error: ApiError | undefined;
  fetchSyncStatus(): Promise<void>;
}

let latestRequest = 0;

/** The schedule's view of every course (next sync, running or not), refreshed after anything changed. */
export const useSyncStatusStore = create<SyncStatusState>()((set) => ({
  statuses: [],
  error: undefined,
  async fetchSyncStatus() {
    const request = ++latestRequest;
    const result = await api.call('sync.status', {});
    if (request !== latestRequest) return;
    if (result.ok) set({ statuses: result.value, error: undefined });
    else set({ error: result.error });
  },
}));

export function selectSyncStatus(courseId: number): (state: SyncStatusState) => SyncStatus | undefined {
  return (state) => state.statuses.find((status) => status.courseId === courseId);
}

/** Whether a course is syncing (its lock) and when it last synced. */
export const syncStatusChanges: ChangeDependency = {
  dependsOn: ['courses', 'sync_locks'],
  refresh: () => useSyncStatusStore.getState().fetchSyncStatus(),
};
