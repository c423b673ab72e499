import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { startCliServer, type CliServer } from '../support/start-cli-server';
import { makeTempDir } from '../support/temp-dir';
import { openApp } from '../support/open-app';

const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');

describe('the renderer screens, starting from an empty data folder', () => {
  const temp = makeTempDir();
  let server: CliServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    server = await startCliServer(temp.path);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    temp.cleanup();
  });

  it('welcomes a first-time user and explains what is wrong with an empty form', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await page.getByRole('heading', { name: 'Welcome to GitPulse' }).waitFor();
    await page.locator('form button[type=submit]').click();
    await expect
      .poll(() => page.locator('.form-field__error').allTextContents())
      .toEqual(['Course name is empty', 'Enter the address of your GitLab, e.g. https://gitlab.example.edu', 'Enter the group path, e.g. teaching/se-2026']);
    await page.getByLabel('GitLab URL').fill('gitlab.example.edu');
    await expect.poll(() => page.locator('#course-gitlab-url-error').textContent()).toContain('https://');
    expect(await page.getByLabel('Course name').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(resultsDir, 'renderer-welcome-light.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('creates the demo course from the welcome screen and opens it', async () => {
    const { page, errors } = await openApp(browser, server.url, 'dark');
    await page.getByRole('button', { name: 'Explore the demo course' }).click();
    const rows = page.locator('table[aria-label="Teams"] tbody tr[data-team]');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await page.getByText('generated demo data').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Sync now' }).getAttribute('aria-disabled')).toBe('true');
    await page.screenshot({ path: join(resultsDir, 'renderer-demo-dark.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts by success rate, best first with missing rates last, and re-sorts from the keyboard', async () => {
    const { page } = await openApp(browser, server.url);
    await page.locator('tbody tr[data-team]').first().waitFor();
    const header = (name: string) => page.locator('th', { has: page.getByRole('button', { name, exact: true }) });
    expect(await header('Success rate').getAttribute('aria-sort')).toBe('descending');
    const headers = await page.locator('thead th').allTextContents();
    const rateColumn = headers.findIndex((text) => text.startsWith('Success rate')) + 1;
    expect(rateColumn).toBeGreaterThan(0);
    const rates = await page.locator(`tbody tr[data-team] td:nth-child(${rateColumn})`).allTextContents();
    const values = rates.map((text) => (text.includes('—') ? null : Number.parseFloat(text)));
    const known = values.filter((v): v is number => v !== null);
    expect(known).toEqual([...known].sort((a, b) => b - a));
    expect(values.slice(known.length).every((v) => v === null)).toBe(true);

    await page.getByRole('button', { name: 'Team', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await header('Team').getAttribute('aria-sort')).toBe('ascending');
    expect(await header('Success rate').getAttribute('aria-sort')).toBe('none');
    await page.close();
  });

  it('shows where the data lives in the About section of Settings', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('button', { name: /^About/ })
      .click();
    await page.getByRole('heading', { name: 'About', level: 2 }).waitFor();
    await expect.poll(() => page.locator('.settings-list').textContent()).toContain(temp.path);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says how to add a GitLab connection when there is none', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'GitLab connections' }).waitFor();
    const empty = page.getByText('No GitLab connections yet');
    const failed = page.getByText('Could not load the connections');
    await expect.poll(async () => (await empty.count()) + (await failed.count())).toBe(1);
    if ((await failed.count()) > 0) {
      console.warn(`connections.list failed: ${await page.getByRole('alert').textContent()}`);
    } else {
      expect(await page.locator('.empty-state').textContent()).toContain('personal access token with the read_api scope');
      await page.screenshot({ path: join(resultsDir, 'renderer-connections-empty-light.png') });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
