import { app, Menu } from 'electron';
import { buildMenuTemplate } from './app-menu-template';

export function installAppMenu(): void {
  app.setAboutPanelOptions({
    applicationName: 'GitPulse',
    applicationVersion: app.getVersion(),
    copyright: 'MIT License',
  });
  const template = buildMenuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
