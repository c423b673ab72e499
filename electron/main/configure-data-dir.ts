import { join } from 'node:path';
import { app } from 'electron';

/**
 * Chooses the folder for gitpulse.sqlite and Chromium's own files, before anything reads userData
 * (the single-instance lock lives there too). Electron would name it after package.json's "name",
 * which differs between `electron .` and a packaged build; fixing it to `<appData>/GitPulse` gives
 * the app and the `gitpulse` CLI (electron/core/default-data-dir.ts) one shared database.
 * GITPULSE_DATA_DIR, as in the CLI, wins; tests use it for a throwaway folder.
 */
export function configureDataDir(): string {
  const override = process.env.GITPULSE_DATA_DIR;
  const dataDir = override ? override : join(app.getPath('appData'), 'GitPulse');
  app.setPath('userData', dataDir);
  return dataDir;
}
