import { app, BrowserWindow, session } from 'electron';
import { buildContentSecurityPolicy } from '../../shared/renderer-files/content-security-policy';
import { resolveRendererLocation } from './app-origin';
import { installAppMenu } from './app-menu';
import { handleAppProtocol, registerAppSchemePrivileges } from './app-protocol';
import { resolveCoreEntryPath, resolvePreloadPath, resolveRendererDir } from './bundle-paths';
import { configureDataDir } from './configure-data-dir';
import { startCoreHost } from './core-host';
import type { CoreHost } from './core-host';
import { createMainWindow } from './create-main-window';
import { registerIpcHandlers, sendEventToWindows } from './ipc-handlers';
import { forwardPowerEvents } from './power-events';
import { printReportToPdf } from './print-report-to-pdf';
import { applySessionSecurity, hardenAllWebContents } from './security';

const rendererLocation = resolveRendererLocation(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const contentSecurityPolicy = buildContentSecurityPolicy(
  rendererLocation.isDevServer ? { kind: 'vite-dev-server', origin: rendererLocation.origin } : { kind: 'app-protocol' },
);
let mainWindow: BrowserWindow | null = null;

// These must run before the app is ready (Electron refuses or ignores them later), and the data
// folder must be set before the single-instance lock, which lives in it.
app.enableSandbox();
registerAppSchemePrivileges();
const dataDir = configureDataDir();

// A second copy would open the same SQLite file and keychain entries; focus the first one instead.
if (app.requestSingleInstanceLock()) {
  hardenAllWebContents(rendererLocation.origin);
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(startApp)
    .catch((error: unknown) => {
      console.error('GitPulse could not start', error);
      app.exit(1);
    });
} else {
  app.quit();
}

function startApp(): void {
  applySessionSecurity(session.defaultSession, rendererLocation.origin, contentSecurityPolicy);
  handleAppProtocol(resolveRendererDir(), contentSecurityPolicy);
  installAppMenu();

  const coreHost = startCoreHost({
    entryPath: resolveCoreEntryPath(),
    dataDir,
    onEvent: (event) => sendEventToWindows(event, rendererLocation.origin),
    printPdf: printReportToPdf,
  });
  registerIpcHandlers(coreHost, rendererLocation.origin);
  forwardPowerEvents(coreHost);
  stopCoreBeforeQuit(coreHost);

  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

function openMainWindow(): void {
  const window = createMainWindow(rendererLocation, resolvePreloadPath());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/**
 * Holds the quit until the core has closed SQLite (checkpointing the WAL) instead of letting the
 * process die under a write; the host kills the core if it takes longer than a few seconds.
 */
function stopCoreBeforeQuit(coreHost: CoreHost): void {
  let isCoreStopped = false;
  app.on('before-quit', (event) => {
    if (isCoreStopped) return;
    event.preventDefault();
    void coreHost.stop().finally(() => {
      isCoreStopped = true;
      app.quit();
    });
  });
}
