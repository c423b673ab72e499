import { create } from 'zustand';
import type { ApiError } from '../../../shared/api/result';
import type { AuditEntry } from '../../../shared/domain/audit';
import { api } from '../../api-client';
import type { LoadStatus } from '../courses/courses-store';
import type { ChangeDependency } from '../../app/refresh-on-change';

export const auditPageSize = 200;

interface AuditState {
  entries: AuditEntry[];
  status: LoadStatus;
  error: ApiError | undefined;
  /**
   * The `before` cursor of every page opened so far, newest page first; undefined is the newest page.
   * Going back to newer pages replays these cursors instead of guessing ids.
   */
  cursors: (number | undefined)[];
  fetchNewest(): Promise<void>;
  fetchOlder(): Promise<void>;
  fetchNewer(): Promise<void>;
  /** Reloads the newest page if that is the one on screen; an older page stays put while someone reads it. */
  refreshNewest(): Promise<void>;
}

let latestRequest = 0;

export const useAuditStore = create<AuditState>()((set, get) => {
  async function load(cursors: (number | undefined)[]): Promise<void> {
    const request = ++latestRequest;
    const before = cursors[cursors.length - 1];
    set({ status: get().status === 'ready' ? 'ready' : 'loading' });
    const result = await api.call('audit.list', before === undefined ? { limit: auditPageSize } : { limit: auditPageSize, before });
    if (request !== latestRequest) return;
    if (result.ok) set({ entries: result.value, cursors, status: 'ready', error: undefined });
    else set({ status: get().status === 'ready' ? 'ready' : 'error', error: result.error });
  }

  return {
    entries: [],
    status: 'idle',
    error: undefined,
    cursors: [undefined],

    fetchNewest: () => load([undefined]),

    async fetchOlder() {
      const oldest = get().entries.at(-1);
      if (!oldest) return;
      await load([...get().cursors, oldest.id]);
    },

    async fetchNewer() {
      const { cursors } = get();
      if (cursors.length <= 1) return;
      await load(cursors.slice(0, -1));
    },

    async refreshNewest() {
      const { status, cursors } = get();
      if (status === 'idle' || cursors.length > 1) return;
      await load([undefined]);
    },
  };
});

/** Fewer rows than a full page means the log has nothing older. */
export function selectHasOlder(state: AuditState): boolean {
  return state.entries.length >= auditPageSize;
}

export const auditChanges: ChangeDependency = {
  dependsOn: ['audit_log'],
  refresh: () => useAuditStore.getState().refreshNewest(),
};
