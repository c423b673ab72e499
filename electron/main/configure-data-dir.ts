import { join } from 'node:path';
import { app } from 'electron';

/**
 * Chooses the folder for gitpulse.sqlite and Chromium's own files, before anything reads userData
 * (the single-instance lock lives there too). Electron would name it after package.json's "name",
 * which differs between `electron .` and a packaged build; fixing it keeps one folder per channel:
 * `<appData>/GitPulse` for releases, `<appData>/GitPulse-dev` for unpackaged runs, so a development
 * build never migrates the database of the installed app. GITPULSE_DATA_DIR (as in the CLI) wins,
 * which is how tests get a throwaway folder.
 */
export function configureDataDir(): string {
  const override = process.env.GITPULSE_DATA_DIR;
  const dataDir = override ? override : join(app.getPath('appData'), app.isPackaged ? 'GitPulse' : 'GitPulse-dev');
  app.setPath('userData', dataDir);
  return dataDir;
}
