import type { AnyEvent } from './events';
import type { ApiResult } from './result';

/**
 * The untyped edge every transport shares: a method name plus one raw argument object in, an
 * ApiResult out. The core validates the argument with the contract's schema; the renderer wraps this
 * edge in typed calls (renderer/api-client.ts).
 */
export interface ApiDispatcher {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  subscribe(listener: (event: AnyEvent) => void): () => void;
}

/** What the preload exposes as `window.gitpulse` through contextBridge: nothing else. */
export type GitPulseBridge = ApiDispatcher;

/** Name of the global the preload defines. */
export const bridgeGlobalName = 'gitpulse';

/** Electron IPC channel names; the preload only ever uses these two. */
export const ipcChannels = {
  invoke: 'gitpulse:invoke',
  event: 'gitpulse:event',
} as const;
