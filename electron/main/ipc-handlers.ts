import { BrowserWindow, ipcMain } from 'electron';
import { ipcChannels } from '../../shared/api/bridge';
import { isMethodName } from '../../shared/api/contract';
import type { AnyEvent } from '../../shared/api/events';
import type { ApiResult } from '../../shared/api/result';
import { isSameOrigin } from './app-origin';
import type { CoreHost } from './core-host';
import { isTrustedSender } from './security';

/**
 * Registers the API contract on IPC: one channel carries every call as (method, input) and answers
 * with an ApiResult value. Main only checks who is asking and that the method exists; the core
 * validates the input against the method's schema, as it does for every other transport.
 */
export function registerIpcHandlers(coreHost: CoreHost, rendererOrigin: string): void {
  ipcMain.handle(ipcChannels.invoke, async (event, method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
    if (!isTrustedSender(event, rendererOrigin)) {
      return { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the GitPulse window.' } };
    }
    if (typeof method !== 'string' || !isMethodName(method)) {
      return { ok: false, error: { code: 'invalid_input', message: `Unknown method: ${String(method).slice(0, 100)}` } };
    }
    return coreHost.call(method, input);
  });
}

/** Pushes a core event to every window that is showing the app (not one caught mid-navigation). */
export function sendEventToWindows(event: AnyEvent, rendererOrigin: string): void {
  for (const window of BrowserWindow.getAllWindows()) {
    const contents = window.webContents;
    if (contents.isDestroyed() || !isSameOrigin(contents.getURL(), rendererOrigin)) continue;
    contents.send(ipcChannels.event, event);
  }
}
