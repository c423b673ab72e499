import { useState } from 'react';
import type { MethodInput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import type { ConnectionTest } from '../../../shared/domain/connection';
import { api } from '../../api-client';
import { useConnectionsStore } from './connections-store';

export type SaveOutcome = { test: ConnectionTest } | { error: ApiError };

/**
 * Saves a connection. The token passes through this call to the core and nowhere else: not into a
 * store, not into React state, so it cannot reappear on screen or in a devtools snapshot.
 */
export function useSaveConnection() {
  const [isSaving, setIsSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | undefined>(undefined);

  async function save(input: MethodInput<'connections.save'>): Promise<SaveOutcome> {
    setIsSaving(true);
    setOutcome(undefined);
    const result = await api.call('connections.save', input);
    const next: SaveOutcome = result.ok ? { test: result.value } : { error: result.error };
    setIsSaving(false);
    setOutcome(next);
    void useConnectionsStore.getState().fetchConnections();
    return next;
  }

  return { isSaving, outcome, save, clearOutcome: () => setOutcome(undefined) };
}
