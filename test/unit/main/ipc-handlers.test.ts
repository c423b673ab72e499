import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '../../../shared/api/bridge';
import type { CoreHost } from '../../../electron/main/core-host';

type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
const handlers = new Map<string, InvokeHandler>();

// Electron is outside the project and has no binary here; ipcMain.handle only records the handler.
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: InvokeHandler) => handlers.set(channel, handler) },
  app: { on: vi.fn() },
  shell: { openExternal: vi.fn() },
  BrowserWindow: { getAllWindows: () => [] },
}));

const { registerIpcHandlers } = await import('../../../electron/main/ipc-handlers');

const call = vi.fn<CoreHost['call']>(async (method) => ({ ok: true, value: `answer to ${method}` }));
registerIpcHandlers({ call, notifyPower: vi.fn(), stop: vi.fn() }, 'app://gitpulse');

function invoke(frameUrl: string | null, ...args: unknown[]): Promise<unknown> {
  const handler = handlers.get(ipcChannels.invoke);
  if (!handler) throw new Error('invoke channel not registered');
  const event = { senderFrame: frameUrl === null ? null : { url: frameUrl } } as unknown as IpcMainInvokeEvent;
  return handler(event, ...args);
}

describe('registerIpcHandlers', () => {
  it('forwards a contract call from the app window to the core', async () => {
    await expect(invoke('app://gitpulse/index.html', 'courses.list', {})).resolves.toEqual({ ok: true, value: 'answer to courses.list' });
    expect(call).toHaveBeenCalledWith('courses.list', {});
  });

  it('answers calls from any other frame with forbidden, without reaching the core', async () => {
    call.mockClear();
    await expect(invoke('https://evil.example/', 'courses.list', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(invoke(null, 'courses.list', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(call).not.toHaveBeenCalled();
  });

  it('answers names outside the contract with invalid_input', async () => {
    call.mockClear();
    for (const method of ['shell.exec', 'constructor', '__proto__', 42, undefined]) {
      await expect(invoke('app://gitpulse/', method, {})).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(call).not.toHaveBeenCalled();
  });
});
