import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { openApp } from '../support/open-app';
import { runCli } from '../support/run-cli';
import { startCliServer, type CliServer } from '../support/start-cli-server';
import { makeTempDir } from '../support/temp-dir';

const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');

describe('Settings → Data against gitpulse serve', () => {
  const temp = makeTempDir();
  let server: CliServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    expect((await runCli(['--data-dir', temp.path, 'demo'])).code).toBe(0);
    server = await startCliServer(temp.path);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    temp.cleanup();
  });

  it('says what is deleted, keeps everything on Keep, and deletes every course on confirm', async () => {
    const { page, errors } = await openApp(browser, server.url, 'dark');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'demo', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('button', { name: /^Data/ }).click();

    await page.getByRole('button', { name: 'Delete all course data…' }).click();
    const confirm = page.getByRole('group', { name: 'Delete all course data?' });
    await expect
      .poll(() => confirm.textContent())
      .toMatch(/Delete the course demo with every student's name and email, their activity and the activity log\? This cannot be undone\./);
    // Focus waits on Keep, so Enter keeps the data.
    await page.keyboard.press('Enter');
    await expect.poll(() => confirm.count()).toBe(0);
    await page.getByRole('button', { name: 'Delete all course data…' }).click();
    await page.screenshot({ path: join(resultsDir, 'settings-data-confirm-dark.png') });
    await page.getByRole('button', { name: 'Delete everything' }).click();

    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Deleted 1 course' }).textContent())
      .toBe('Deleted 1 course and all their data; GitLab connections kept.');
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'demo', exact: true }).count()).toBe(0);
    await page.screenshot({ path: join(resultsDir, 'settings-data-deleted-dark.png') });
    const listed = await runCli(['--data-dir', temp.path, 'course', 'list']);
    expect(listed.stdout).toBe('No courses yet. Try: gitpulse demo\n');
    expect(errors).toEqual([]);
  });
});
