import { create } from 'zustand';
import type { HookSetup, RelayStatus } from '../../../shared/api/relay-api';
import type { ApiError } from '../../../shared/api/result';
import type { ChangeDependency } from '../../app/refresh-on-change';
import { api } from '../../api-client';
import type { LoadStatus } from '../courses/courses-store';

/** What the last button press on the relay led to, shown under the status until dismissed. */
export type RelayOutcome =
  | { kind: 'tested'; ok: boolean; message: string }
  | { kind: 'hooks'; setup: HookSetup }
  | { kind: 'failed'; action: 'connect' | 'test' | 'disconnect' | 'hooks'; error: ApiError };

/**
 * The webhook relay as the core describes it. The client token never passes through here: the form
 * hands it straight to relay.connect and clears its input.
 */
interface RelayState {
  status: RelayStatus | undefined;
  loadStatus: LoadStatus;
  error: ApiError | undefined;
  busy: 'connecting' | 'testing' | 'disconnecting' | 'hooks' | undefined;
  outcome: RelayOutcome | undefined;
  fetchStatus(): Promise<void>;
  connect(url: string, token: string | undefined): Promise<boolean>;
  test(): Promise<void>;
  disconnect(): Promise<void>;
  setupWebhooks(courseId: number, secret: string): Promise<void>;
  dismissOutcome(): void;
}

let latestRequest = 0;

export const useRelayStore = create<RelayState>()((set, get) => ({
  status: undefined,
  loadStatus: 'idle',
  error: undefined,
  busy: undefined,
  outcome: undefined,

  async fetchStatus() {
    const request = ++latestRequest;
    if (get().loadStatus !== 'ready') set({ loadStatus: 'loading' });
    const result = await api.call('relay.status', {});
    if (request !== latestRequest) return;
    if (result.ok) set({ status: result.value, loadStatus: 'ready', error: undefined });
    else set({ loadStatus: get().loadStatus === 'ready' ? 'ready' : 'error', error: result.error });
  },

  async connect(url, token) {
    set({ busy: 'connecting', outcome: undefined });
    const result = await api.call('relay.connect', { url, ...(token ? { token } : {}) });
    set({ busy: undefined, ...(result.ok ? { status: result.value } : { outcome: { kind: 'failed', action: 'connect', error: result.error } }) });
    return result.ok;
  },

  async test() {
    set({ busy: 'testing', outcome: undefined });
    const result = await api.call('relay.test', {});
    set({ busy: undefined, outcome: result.ok ? { kind: 'tested', ...result.value } : { kind: 'failed', action: 'test', error: result.error } });
    await get().fetchStatus();
  },

  async disconnect() {
    set({ busy: 'disconnecting', outcome: undefined });
    const result = await api.call('relay.disconnect', {});
    set({ busy: undefined, ...(result.ok ? {} : { outcome: { kind: 'failed', action: 'disconnect', error: result.error } }) });
    await get().fetchStatus();
  },

  async setupWebhooks(courseId, secret) {
    set({ busy: 'hooks', outcome: undefined });
    const result = await api.call('relay.setupWebhooks', { courseId, secret });
    set({ busy: undefined, outcome: result.ok ? { kind: 'hooks', setup: result.value } : { kind: 'failed', action: 'hooks', error: result.error } });
  },

  dismissOutcome() {
    set({ outcome: undefined });
  },
}));

/** The status shows the cursor, the last event and the last error, all kept in relay_state. */
export const relayChanges: ChangeDependency = {
  dependsOn: ['relay_state'],
  refresh: () => useRelayStore.getState().fetchStatus(),
};
