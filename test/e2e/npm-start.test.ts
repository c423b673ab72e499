import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { openApp } from '../support/open-app';
import { runCli } from '../support/run-cli';
import { makeTempDir } from '../support/temp-dir';

const root = fileURLToPath(new URL('../../', import.meta.url));
const resultsDir = join(root, 'test-results');

describe('npm start where Electron cannot be downloaded', () => {
  const temp = makeTempDir();
  const electronCache = makeTempDir();
  let browser: Browser;
  let start: ChildProcess | undefined;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    expect((await runCli(['--data-dir', temp.path, 'demo'])).code).toBe(0);
    browser = await launchChromium();
  });

  afterAll(async () => {
    // npm and the server below it run in a process group of their own.
    if (start?.pid) process.kill(-start.pid, 'SIGTERM');
    await browser?.close();
    temp.cleanup();
    electronCache.cleanup();
  });

  it('says so in one line and serves the app, whose overview renders in the browser', async () => {
    start = spawn('npm', ['start'], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        GITPULSE_DATA_DIR: temp.path,
        GITPULSE_NO_BROWSER: '1',
        // Unreachable on purpose, so Electron's installer fails as it does offline; its cache stays in a temp folder.
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: electronCache.path,
      },
    });
    let stdout = '';
    let stderr = '';
    start.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      start?.stdout?.on('data', (d: Buffer) => {
        stdout += d.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\/#session=\S+/.exec(stdout)?.[0];
        if (found) resolve(found);
      });
      start?.on('exit', (code) => reject(new Error(`npm start ended (${code}): ${stderr}`)));
    });
    expect(stderr).toContain(
      'gitpulse: Electron could not be downloaded here, so the same app opens in your browser instead (the loopback preview, gitpulse serve).\n',
    );
    expect(stderr).not.toMatch(/Error: Electron uninstall|at .*\(.*:\d+:\d+\)/);

    const { page, errors } = await openApp(browser, url, 'light');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'demo', exact: true }).click();
    await page.locator('table[aria-label="Teams"] tbody tr[data-team]').first().waitFor();
    expect(await page.locator('table[aria-label="Teams"] tbody tr[data-team]').count()).toBe(8);
    await page.screenshot({ path: join(resultsDir, 'npm-start-browser-preview.png') });
    expect(errors).toEqual([]);
  });
});
