import { BrowserWindow, nativeTheme } from 'electron';
import type { RendererLocation } from './app-origin';

// Matches the renderer's light and dark page backgrounds, so the window never flashes the wrong
// colour before the first paint or while the OS theme switches.
const lightBackground = '#ffffff';
const darkBackground = '#1e1f22';

export function createMainWindow(location: RendererLocation, preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'GitPulse',
    show: false,
    backgroundColor: pickBackgroundColor(),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());

  const updateBackground = (): void => window.setBackgroundColor(pickBackgroundColor());
  nativeTheme.on('updated', updateBackground);
  window.once('closed', () => nativeTheme.off('updated', updateBackground));

  window.loadURL(location.entryUrl).catch((error: unknown) => console.error(`Could not load ${location.entryUrl}`, error));
  return window;
}

function pickBackgroundColor(): string {
  return nativeTheme.shouldUseDarkColors ? darkBackground : lightBackground;
}
