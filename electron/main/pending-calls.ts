import type { ApiError, ApiResult } from '../../shared/api/result';

export interface PendingCalls {
  /** Registers a call and returns the id to send with it and the promise its answer settles. */
  add(): { id: number; result: Promise<ApiResult<unknown>> };
  /** Delivers an answer; false when no call has that id (already failed, or a stray message). */
  settle(id: number, result: ApiResult<unknown>): boolean;
  /** Answers every open call with the same error, e.g. when the core process dies under them. */
  failAll(error: ApiError): void;
  readonly size: number;
}

/**
 * Calls sent to the core process and not yet answered, keyed by a numeric id. Ids only grow, so an
 * answer from a core that crashed and was replaced can never settle a newer call.
 */
export function createPendingCalls(): PendingCalls {
  const open = new Map<number, (result: ApiResult<unknown>) => void>();
  let nextId = 1;
  return {
    add() {
      const id = nextId++;
      const result = new Promise<ApiResult<unknown>>((resolve) => open.set(id, resolve));
      return { id, result };
    },
    settle(id, result) {
      const resolve = open.get(id);
      if (!resolve) return false;
      open.delete(id);
      resolve(result);
      return true;
    },
    failAll(error) {
      const resolvers = [...open.values()];
      open.clear();
      for (const resolve of resolvers) resolve({ ok: false, error });
    },
    get size() {
      return open.size;
    },
  };
}
