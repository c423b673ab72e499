import { create } from 'zustand';
import type { ApiError } from '../../../shared/api/result';
import type { SyncStatus } from '../../../shared/domain/sync';
import { api } from '../../api-client';

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

/** Course names are case-insensitive everywhere in the contract. */
export function selectSyncStatus(course: string): (state: SyncStatusState) => SyncStatus | undefined {
  const key = course.toLowerCase();
  return (state) => state.statuses.find((status) => status.course.toLowerCase() === key);
}
