import { useCallback, useState } from 'react';
import type { ApiResult, ApiError } from '../../../shared/api/result';
import type { AliasKind } from '../../../shared/domain/identity';
import { api } from '../../api-client';

export type ExclusionTarget = { kind: 'commit'; sha: string } | { kind: 'mergeRequest'; project: string; iid: number };

/**
 * The instructor's corrections from the team and student pages: map an author to a member (an alias),
 * exclude an item with a reason, and undo either. Each refetches the page through `onChanged` as soon
 * as the core stored it (the data.changed event would too, a moment later); a refusal is kept to show.
 */
export function useTeamActions(courseId: number, onChanged: () => Promise<void>) {
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [isBusy, setBusy] = useState(false);

  const run = useCallback(
    async (call: () => Promise<ApiResult<unknown>>): Promise<boolean> => {
      setBusy(true);
      const result = await call();
      setBusy(false);
      setError(result.ok ? undefined : result.error);
      if (result.ok) await onChanged();
      return result.ok;
    },
    [onChanged],
  );

  return {
    error,
    isBusy,
    addAlias: (username: string, kind: AliasKind, value: string) => run(() => api.call('aliases.add', { courseId, username, kind, value })),
    removeAlias: (username: string, kind: AliasKind, value: string) => run(() => api.call('aliases.remove', { courseId, username, kind, value })),
    exclude: (target: ExclusionTarget, reason: string) => run(() => api.call('exclusions.add', { courseId, target, reason })),
    include: (target: ExclusionTarget) => run(() => api.call('exclusions.remove', { courseId, target })),
  };
}

export type TeamActions = ReturnType<typeof useTeamActions>;
