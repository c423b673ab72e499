import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/app-menu-template';

function collectRoles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? collectRoles(item.submenu) : [])]);
}

function findMenu(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const submenu = items.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`no ${label} menu`);
  return submenu;
}

describe('buildMenuTemplate', () => {
  it('offers developer tools only in unpackaged runs', () => {
    expect(collectRoles(buildMenuTemplate({ isMac: false, isPackaged: false }))).toContain('toggleDevTools');
    expect(collectRoles(buildMenuTemplate({ isMac: false, isPackaged: true }))).not.toContain('toggleDevTools');
    expect(collectRoles(buildMenuTemplate({ isMac: true, isPackaged: true }))).not.toContain('toggleDevTools');
  });

  it('puts Quit in the File menu on Windows and Linux, and in the app menu on macOS', () => {
    expect(collectRoles(findMenu(buildMenuTemplate({ isMac: false, isPackaged: true }), 'File'))).toEqual(['close', 'quit']);
    const mac = buildMenuTemplate({ isMac: true, isPackaged: true });
    expect(mac[0]?.role).toBe('appMenu');
    expect(collectRoles(findMenu(mac, 'File'))).toEqual(['close']);
  });

  it('has the standard menus in the usual order', () => {
    const menus = buildMenuTemplate({ isMac: false, isPackaged: true }).map((item) => item.label ?? item.role);
    expect(menus).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
  });

  it('gives the editing and zoom shortcuts through roles', () => {
    const roles = collectRoles(buildMenuTemplate({ isMac: false, isPackaged: true }));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'resetZoom', 'zoomIn', 'zoomOut', 'about']) {
      expect(roles).toContain(role);
    }
  });
});
