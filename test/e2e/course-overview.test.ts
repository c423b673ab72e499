import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { runCli } from '../support/run-cli';
import { startCliServer, type CliServer } from '../support/start-cli-server';
import { makeTempDir } from '../support/temp-dir';
import { openApp } from '../support/open-app';

interface MetricsJson {
  course: string;
  teams: Array<{ project: string; pipelines: { total: number; successRate: number | null } }>;
}

const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');

describe('the course overview in a real browser', () => {
  const temp = makeTempDir();
  let server: CliServer;
  let browser: Browser;
  let metrics: MetricsJson;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    const demo = await runCli(['--data-dir', temp.path, 'demo']);
    expect(demo.code, demo.stderr).toBe(0);
    const printed = await runCli(['--data-dir', temp.path, 'metrics', '--json']);
    metrics = JSON.parse(printed.stdout) as MetricsJson;
    server = await startCliServer(temp.path);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    temp.cleanup();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows every demo team with its success rate (${colorScheme} theme)`, async () => {
      const { page, errors } = await openApp(browser, server.url, colorScheme);
      await page
        .getByRole('link', { name: 'demo' })
        .or(page.getByRole('button', { name: 'demo' }))
        .first()
        .click();
      const rows = page.locator('table[aria-label="Teams"] tbody tr[data-team]');
      await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(metrics.teams.length);
      for (const team of metrics.teams) {
        const row = page.locator(`tr[data-team="${team.project}"]`);
        const rate = team.pipelines.successRate;
        expect(rate).not.toBeNull();
        await expect.poll(() => row.textContent()).toContain(`${((rate ?? 0) * 100).toFixed(1)}`);
      }
      await page.screenshot({ path: join(resultsDir, `course-overview-${colorScheme}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('sorts the teams when a column header is clicked', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page
      .getByRole('link', { name: 'demo' })
      .or(page.getByRole('button', { name: 'demo' }))
      .first()
      .click();
    await page.locator('table[aria-label="Teams"] tbody tr[data-team]').first().waitFor();
    await page.getByRole('button', { name: /^Pipelines/ }).click();
    const order = async () => page.locator('tbody tr[data-team]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-team')));
    const byTotal = [...metrics.teams].sort((a, b) => a.pipelines.total - b.pipelines.total).map((t) => t.pipelines.total);
    const shown = (await order()).map((p) => metrics.teams.find((t) => t.project === p)?.pipelines.total);
    expect([shown, [...shown].reverse()]).toContainEqual(byTotal);
    await page.close();
  });
});
