/**
 * The preload exposes exactly GitPulseBridge as `window.gitpulse`: two functions, no Electron or Node
 * objects. It runs sandboxed, so it imports only electron and (types from) shared/.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { bridgeGlobalName, ipcChannels } from '../../shared/api/bridge';
import type { GitPulseBridge } from '../../shared/api/bridge';
import type { MethodName } from '../../shared/api/contract';
import type { AnyEvent } from '../../shared/api/events';
import type { ApiResult } from '../../shared/api/result';

/** shared/api/contract's methodNames, injected at build time by electron.vite.config.ts. */
declare const __GITPULSE_METHOD_NAMES__: readonly MethodName[];

const knownMethods = new Set<string>(__GITPULSE_METHOD_NAMES__);

function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && knownMethods.has(name);
}

const bridge: GitPulseBridge = {
  call(method: string, input: unknown): Promise<ApiResult<unknown>> {
    // Main checks again (it cannot trust the renderer); this answers a typo without an IPC round trip.
    if (!isMethodName(method)) {
      return Promise.resolve({ ok: false, error: { code: 'invalid_input', message: `Unknown method: ${String(method).slice(0, 100)}` } });
    }
    return ipcRenderer.invoke(ipcChannels.invoke, method, input) as Promise<ApiResult<unknown>>;
  },
  subscribe(listener: (event: AnyEvent) => void): () => void {
    // The IpcRendererEvent stays here: it carries `sender`, i.e. ipcRenderer itself.
    const forward = (_ipcEvent: IpcRendererEvent, event: AnyEvent): void => listener(event);
    ipcRenderer.on(ipcChannels.event, forward);
    return () => {
      ipcRenderer.removeListener(ipcChannels.event, forward);
    };
  },
};

contextBridge.exposeInMainWorld(bridgeGlobalName, bridge);
