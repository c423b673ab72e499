import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const appEvents = new EventEmitter();
const openExternal = vi.fn(() => Promise.resolve());

// Electron is outside the project and has no binary here; only what security.ts touches is faked.
vi.mock('electron', () => ({ app: appEvents, shell: { openExternal } }));

const { applySessionSecurity, hardenAllWebContents, isTrustedSender } = await import('../../../electron/main/security');

const origin = 'app://gitpulse';

class FakeWebContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

function createNavigationEvent(url: string) {
  return {
    url,
    isDefaultPrevented: false,
    preventDefault(this: { isDefaultPrevented: boolean }) {
      this.isDefaultPrevented = true;
    },
  };
}

function senderEvent(frameUrl: string | null): IpcMainInvokeEvent {
  return { senderFrame: frameUrl === null ? null : { url: frameUrl } } as unknown as IpcMainInvokeEvent;
}

beforeEach(() => {
  openExternal.mockClear();
});

describe('isTrustedSender', () => {
  it('trusts only frames showing the app origin', () => {
    expect(isTrustedSender(senderEvent('app://gitpulse/index.html'), origin)).toBe(true);
    expect(isTrustedSender(senderEvent('https://evil.example/'), origin)).toBe(false);
    expect(isTrustedSender(senderEvent('app://gitpulse.evil/index.html'), origin)).toBe(false);
  });

  it('does not trust a message whose frame is gone', () => {
    expect(isTrustedSender(senderEvent(null), origin)).toBe(false);
  });
});

describe('hardenAllWebContents', () => {
  hardenAllWebContents(origin);
  const contents = new FakeWebContents();
  appEvents.emit('web-contents-created', {}, contents as unknown as WebContents);

  it('opens no new window and sends web links to the system browser', () => {
    expect(contents.openHandler?.({ url: 'https://gitlab.example.edu/team-1' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://gitlab.example.edu/team-1');
  });

  it('never hands other schemes to the OS', () => {
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'smb://host/share', 'javascript:alert(1)']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('blocks navigation away from the app but not within it', () => {
    const away = createNavigationEvent('https://evil.example/');
    contents.emit('will-navigate', away);
    expect(away.isDefaultPrevented).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://evil.example/');

    const within = createNavigationEvent('app://gitpulse/index.html');
    contents.emit('will-navigate', within);
    expect(within.isDefaultPrevented).toBe(false);
  });

  it('refuses to attach a <webview>', () => {
    const attach = createNavigationEvent('');
    contents.emit('will-attach-webview', attach);
    expect(attach.isDefaultPrevented).toBe(true);
  });
});

describe('applySessionSecurity', () => {
  type HeadersListener = (
    details: { url: string; responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
  ) => void;
  let requestHandler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void = () => undefined;
  let checkHandler: () => boolean = () => true;
  let headersListener: HeadersListener = () => undefined;
  const fakeSession = {
    setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
    setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
    webRequest: { onHeadersReceived: (listener: HeadersListener) => (headersListener = listener) },
  };
  applySessionSecurity(fakeSession as unknown as Session, origin, "default-src 'self'");

  function receiveHeaders(url: string, responseHeaders: Record<string, string[]>) {
    let answer: { responseHeaders?: Record<string, string[]> } | undefined;
    headersListener({ url, responseHeaders }, (response) => (answer = response));
    return answer;
  }

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(checkHandler()).toBe(false);
  });

  it("sets the app's CSP on its own responses, replacing any other", () => {
    const answer = receiveHeaders('app://gitpulse/index.html', { 'content-security-policy': ['default-src *'], 'x-test': ['1'] });
    expect(answer?.responseHeaders).toEqual({ 'Content-Security-Policy': ["default-src 'self'"], 'x-test': ['1'] });
  });

  it('leaves responses from other origins alone', () => {
    expect(receiveHeaders('https://gitlab.example.edu/api/v4/projects', {})).toEqual({});
  });
});
