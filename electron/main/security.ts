import { app, shell } from 'electron';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { isExternalWebUrl, isSameOrigin } from './app-origin';

/**
 * Session-wide rules: no web permission is ever granted (camera, notifications, geolocation...), and
 * every page from the renderer origin gets the CSP as a response header. The header, unlike the meta
 * tag, also covers the dev server and cannot be removed by script.
 */
export function applySessionSecurity(target: Session, rendererOrigin: string, contentSecurityPolicy: string): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.webRequest.onHeadersReceived((details, callback) => {
    if (!isSameOrigin(details.url, rendererOrigin)) {
      callback({});
      return;
    }
    const responseHeaders = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
}

/**
 * Rules for every web contents the app ever creates, including ones a bug might open: no new windows
 * (web links go to the system browser), no navigation away from the app, no <webview>.
 */
export function hardenAllWebContents(rendererOrigin: string): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, rendererOrigin));
}

function hardenWebContents(contents: WebContents, rendererOrigin: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    openInSystemBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (isSameOrigin(event.url, rendererOrigin)) return;
    event.preventDefault();
    openInSystemBrowser(event.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function openInSystemBrowser(url: string): void {
  // Anything but http(s) (file:, smb:, custom app schemes) could launch a local program.
  if (!isExternalWebUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error('Could not open a link in the browser', error));
}

/**
 * IPC is answered only for frames showing the app itself. senderFrame is null when the frame has
 * navigated away or been destroyed since it sent the message, which must count as untrusted.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, rendererOrigin: string): boolean {
  const frame = event.senderFrame;
  return frame !== null && isSameOrigin(frame.url, rendererOrigin);
}
