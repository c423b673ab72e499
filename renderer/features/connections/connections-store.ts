import { create } from 'zustand';
import type { ApiError } from '../../../shared/api/result';
import type { Connection, ConnectionTest } from '../../../shared/domain/connection';
import { api } from '../../api-client';
import type { LoadStatus } from '../courses/courses-store';

/** What a Test or Remove click led to, shown under the connection's row. */
export type RowOutcome = { kind: 'tested'; test: ConnectionTest } | { kind: 'failed'; action: 'test' | 'remove'; error: ApiError };

/**
 * The GitLab connections as the core describes them. Tokens never pass through here: the add form
 * hands its token straight to connections.save (see useSaveConnection).
 */
interface ConnectionsState {
  connections: Connection[];
  status: LoadStatus;
  error: ApiError | undefined;
  /** Connections with a Test or Remove in flight, by GitLab URL. */
  busy: Record<string, 'testing' | 'removing'>;
  outcomes: Record<string, RowOutcome>;
  fetchConnections(): Promise<void>;
  testConnection(gitlabUrl: string): Promise<void>;
  removeConnection(gitlabUrl: string): Promise<void>;
  dismissOutcome(gitlabUrl: string): void;
}

let latestRequest = 0;

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}

export const useConnectionsStore = create<ConnectionsState>()((set, get) => ({
  connections: [],
  status: 'idle',
  error: undefined,
  busy: {},
  outcomes: {},

  async fetchConnections() {
    const request = ++latestRequest;
    if (get().status !== 'ready') set({ status: 'loading' });
    const result = await api.call('connections.list', {});
    if (request !== latestRequest) return;
    if (result.ok) set({ connections: result.value, status: 'ready', error: undefined });
    else set({ status: get().status === 'ready' ? 'ready' : 'error', error: result.error });
  },

  async testConnection(gitlabUrl) {
    set((state) => ({ busy: { ...state.busy, [gitlabUrl]: 'testing' }, outcomes: without(state.outcomes, gitlabUrl) }));
    const result = await api.call('connections.test', { gitlabUrl });
    const outcome: RowOutcome = result.ok ? { kind: 'tested', test: result.value } : { kind: 'failed', action: 'test', error: result.error };
    set((state) => ({ busy: without(state.busy, gitlabUrl), outcomes: { ...state.outcomes, [gitlabUrl]: outcome } }));
    // The test updates the stored status and expiry; refetch so the row shows them without waiting for connections.changed.
    await get().fetchConnections();
  },

  async removeConnection(gitlabUrl) {
    set((state) => ({ busy: { ...state.busy, [gitlabUrl]: 'removing' }, outcomes: without(state.outcomes, gitlabUrl) }));
    const result = await api.call('connections.remove', { gitlabUrl });
    set((state) => ({
      busy: without(state.busy, gitlabUrl),
      outcomes: result.ok ? state.outcomes : { ...state.outcomes, [gitlabUrl]: { kind: 'failed', action: 'remove', error: result.error } },
    }));
    if (result.ok) await get().fetchConnections();
  },

  dismissOutcome(gitlabUrl) {
    set((state) => ({ outcomes: without(state.outcomes, gitlabUrl) }));
  },
}));
