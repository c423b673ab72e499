import type { MenuItemConstructorOptions } from 'electron';

export interface MenuPlatform {
  isMac: boolean;
  /** Packaged builds get no developer tools: the renderer holds grades and tokens pass through it. */
  isPackaged: boolean;
}

/**
 * The standard desktop menu, built only from roles so every item behaves as the OS expects.
 * Pure (the electron import is types only) so the rules above are unit-tested.
 * Export CSV and other app actions live in the renderer's own UI, not here.
 */
export function buildMenuTemplate({ isMac, isPackaged }: MenuPlatform): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: isMac ? [{ role: 'close' }] : [{ role: 'close' }, { type: 'separator' }, { role: 'quit' }],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(isPackaged ? [] : [{ role: 'toggleDevTools' } satisfies MenuItemConstructorOptions]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] };
  return [...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []), file, edit, view, { role: 'windowMenu' }, help];
}
