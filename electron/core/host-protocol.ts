/**
 * The messages between the app's main process (electron/main/core-host.ts) and the core in its
 * utilityProcess (process-entry.ts). Types only: main may import this file and nothing else of the
 * core, so loading it can never start a core inside the main process.
 */
import type { AnyEvent } from '../../shared/api/events';
import type { ApiResult } from '../../shared/api/result';

export type PowerState = 'suspend' | 'resume';

/** Messages the host sends. `start` comes first and exactly once; calls may follow it immediately. */
export type HostMessage =
  | { type: 'start'; dataDir: string }
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'power'; state: PowerState }
  | { type: 'shutdown' };

/** Messages the core sends. Every `call` gets exactly one `result` with the same id. */
export type CoreMessage =
  | { type: 'ready' }
  | { type: 'start-failed'; message: string }
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'event'; event: AnyEvent };
