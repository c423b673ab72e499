import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const mainEntry = join(repoRoot, 'out/main/index.js');

/**
 * Finds the Electron executable the way node_modules/electron/index.js does, minus its fallback:
 * requiring that module without a binary starts a download, which hangs or fails offline.
 */
function findElectronBinary(): { executablePath: string } | { reason: string } {
  const packageDir = join(repoRoot, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  const relativePath = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const overrideDir = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relativePath && !overrideDir) {
    return { reason: `no Electron binary is installed (${pathFile} is missing; run "npx install-electron" where the internet is reachable)` };
  }
  const executablePath = join(overrideDir ?? join(packageDir, 'dist'), relativePath ?? 'electron');
  return existsSync(executablePath) ? { executablePath } : { reason: `the Electron binary ${executablePath} is missing` };
}

const electronBinary = findElectronBinary();
const skipReason = 'reason' in electronBinary ? electronBinary.reason : null;
if (skipReason) console.log(`Skipping the Electron smoke test: ${skipReason}.`);

describe.skipIf(skipReason !== null)('GitPulse in Electron', () => {
  let app: ElectronApplication | undefined;
  let window: Page;
  let dataDir: string;

  beforeAll(async () => {
    if ('reason' in electronBinary) return;
    if (!existsSync(mainEntry)) throw new Error(`${mainEntry} is missing: run "npm run build" first`);
    dataDir = mkdtempSync(join(tmpdir(), 'gitpulse-smoke-'));
    app = await _electron.launch({
      executablePath: electronBinary.executablePath,
      args: [mainEntry],
      // A throwaway data folder (see electron/main/configure-data-dir.ts), never the user's database.
      env: { ...definedEnv(), GITPULSE_DATA_DIR: dataDir },
      timeout: 60_000,
    });
    window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens a window titled GitPulse', async () => {
    expect(await window.title()).toContain('GitPulse');
  });

  it('gives the page the bridge and nothing of Node or Electron', async () => {
    const globals = await window.evaluate(() => {
      const scope = globalThis as Record<string, unknown>;
      const bridge = scope.gitpulse;
      return {
        bridgeKeys: typeof bridge === 'object' && bridge !== null ? Object.keys(bridge).sort() : null,
        hasRequire: 'require' in scope,
        hasProcess: 'process' in scope,
        hasBuffer: 'Buffer' in scope,
      };
    });
    expect(globals).toEqual({ bridgeKeys: ['call', 'subscribe'], hasRequire: false, hasProcess: false, hasBuffer: false });
  });

  it('answers a contract call through main and the core process', async () => {
    const result = await window.evaluate(async () => {
      const bridge = (globalThis as Record<string, unknown>).gitpulse as { call(method: string, input: unknown): Promise<unknown> };
      return bridge.call('app.info', {});
    });
    expect(result).toMatchObject({ ok: true, value: { dataDir } });
  });

  it('answers an unknown method with an error value instead of throwing', async () => {
    const result = await window.evaluate(async () => {
      const bridge = (globalThis as Record<string, unknown>).gitpulse as { call(method: string, input: unknown): Promise<unknown> };
      return bridge.call('shell.exec', { command: 'rm -rf /' });
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

/** The test's environment minus what would change how Electron starts (dev server URL, node mode). */
function definedEnv(): Record<string, string> {
  const ignored = new Set(['ELECTRON_RENDERER_URL', 'ELECTRON_RUN_AS_NODE']);
  return Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !ignored.has(entry[0])));
}
