import { create } from 'zustand';
import type { ApiError, ApiResult } from '../../../shared/api/result';

export interface KeyedEntry<T> {
  status: 'idle' | 'loading' | 'ready' | 'error';
  value: T | undefined;
  error: ApiError | undefined;
}

export interface KeyedState<Q, T> {
  byKey: Record<string, KeyedEntry<T>>;
  fetch(query: Q): Promise<void>;
}

export const idleEntry: KeyedEntry<never> = { status: 'idle', value: undefined, error: undefined };

/**
 * A store of one answer per query (a team, a student), refetched on demand. A refresh keeps the shown
 * answer until the new one arrives, and only the latest request per key is applied, so a slow answer
 * never overwrites a newer one.
 */
export function createKeyedStore<Q, T>(keyOf: (query: Q) => string, load: (query: Q) => Promise<ApiResult<T>>) {
  const latestRequest = new Map<string, number>();
  return create<KeyedState<Q, T>>()((set, get) => ({
    byKey: {},
    async fetch(query) {
      const key = keyOf(query);
      const request = (latestRequest.get(key) ?? 0) + 1;
      latestRequest.set(key, request);
      const previous = get().byKey[key] ?? idleEntry;
      if (previous.status !== 'ready') set((state) => ({ byKey: { ...state.byKey, [key]: { ...previous, status: 'loading' } } }));
      const result = await load(query);
      if (latestRequest.get(key) !== request) return;
      const entry: KeyedEntry<T> = result.ok
        ? { status: 'ready', value: result.value, error: undefined }
        : { status: previous.status === 'ready' ? 'ready' : 'error', value: previous.value, error: result.error };
      set((state) => ({ byKey: { ...state.byKey, [key]: entry } }));
    },
  }));
}
