import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron uses as userData for an app named GitPulse, so the CLI and the desktop app
 * share one database by default.
 */
export function defaultDataDir(env: Record<string, string | undefined> = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.GITPULSE_DATA_DIR) return env.GITPULSE_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'GitPulse');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'GitPulse');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'GitPulse');
}
