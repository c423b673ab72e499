import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { runCli } from '../support/run-cli';
import { startCliServer, type CliServer } from '../support/start-cli-server';
import { makeTempDir } from '../support/temp-dir';

interface MetricsJson {
  from: string | null;
  to: string;
  teams: Array<{
    project: string;
    name: string;
    pipelines: { total: number; successRate: number | null; buildsPerDay: number | null; latestCoverage: number | null };
    members: Array<{ commits: number; mergeRequestsMerged: number; issuesClosed: number }>;
    flags: unknown[];
  }>;
}

/**
 * Run in the page (as source text: the tests compile without the DOM library). Whether the document
 * itself scrolls, and which headers and cells show less than their text.
 */
const fitCheck = `(() => {
  const doc = document.scrollingElement || document.documentElement;
  const clipped = [...document.querySelectorAll('.sortable-header__button, .team-cell__path, .team-cell__open, td[data-column]')]
    .filter((el) => el.scrollWidth > el.clientWidth + 1)
    .map((el) => el.textContent);
  return { scrolls: doc.scrollHeight > doc.clientHeight || doc.scrollWidth > doc.clientWidth, clipped };
})()`;

/** How long a poll waits: a metrics call on two shared cores can take seconds. */
const pollMs = 15_000;

const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');

/** A team name a student could set in GitLab: markup and script that must stay text. */
const hostileName = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> Team 02';

const count = new Intl.NumberFormat('en');
const sum = (team: MetricsJson['teams'][number], key: 'commits' | 'mergeRequestsMerged' | 'issuesClosed') => team.members.reduce((s, m) => s + m[key], 0);

/** The text the overview must show for each figure, from the CLI's JSON (the same formatting rules, written out here). */
function expectedCells(team: MetricsJson['teams'][number]): Record<string, string> {
  const p = team.pipelines;
  return {
    successRate: p.total === 0 ? 'no pipelines' : p.successRate === null ? 'none finished' : `${(p.successRate * 100).toFixed(1)} %`,
    buildsPerDay: p.total === 0 ? 'no pipelines' : `${(p.buildsPerDay ?? 0).toFixed(2)}/day`,
    latestCoverage: p.total === 0 ? 'no pipelines' : p.latestCoverage === null ? 'not reported' : `${p.latestCoverage.toFixed(1)} %`,
    commits: count.format(sum(team, 'commits')),
    mergeRequestsMerged: count.format(sum(team, 'mergeRequestsMerged')),
    issuesClosed: count.format(sum(team, 'issuesClosed')),
  };
}

async function readCell(page: Page, project: string, column: string): Promise<string> {
  const text = await page.locator(`tr[data-team="${project}"] td[data-column="${column}"]`).textContent();
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

async function expectTableToMatch(page: Page, metrics: MetricsJson): Promise<void> {
  const rows = page.locator('table[aria-label="Teams"] tbody tr[data-team]');
  await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(metrics.teams.length);
  for (const team of metrics.teams) {
    for (const [column, text] of Object.entries(expectedCells(team))) {
      await expect.poll(() => readCell(page, team.project, column), { timeout: pollMs }).toBe(text);
    }
  }
}

async function shownOrder(page: Page): Promise<string[]> {
  return page.locator('tbody tr[data-team]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-team') ?? ''));
}

describe('the course overview in a real browser', () => {
  const temp = makeTempDir();
  let server: CliServer;
  let browser: Browser;
  let metrics: MetricsJson;
  let inIteration: MetricsJson;

  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args]);

  async function openOverview(width = 1280, height = 800, colorScheme: 'light' | 'dark' = 'light') {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url);
    await page.locator('table[aria-label="Teams"] tbody tr[data-team]').first().waitFor({ timeout: 20_000 });
    return { page, errors };
  }

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    expect((await cli('demo')).code).toBe(0);
    // Team names come from GitLab, where students choose them.
    const db = new Database(join(temp.path, 'gitpulse.sqlite'));
    db.prepare("UPDATE projects SET name = ? WHERE path_with_namespace LIKE '%/team-02'").run(hostileName);
    db.close();
    expect((await cli('iteration', 'add', '--name', 'Iteration 1', '--start', '2026-02-16', '--end', '2026-03-15')).code).toBe(0);
    metrics = JSON.parse((await cli('metrics', '--json')).stdout) as MetricsJson;
    inIteration = JSON.parse((await cli('metrics', '--iteration', 'Iteration 1', '--json')).stdout) as MetricsJson;
    server = await startCliServer(temp.path);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    temp.cleanup();
  });

  it('shows every team with the figures gitpulse metrics --json gives', async () => {
    const { page, errors } = await openOverview();
    expect(metrics.teams.some((t) => t.name === hostileName)).toBe(true);
    await expectTableToMatch(page, metrics);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts on any column, both ways', async () => {
    const { page } = await openOverview();
    const commitsOf = (project: string) => {
      const team = metrics.teams.find((t) => t.project === project);
      if (!team) throw new Error(`the page shows a team the CLI does not: ${project}`);
      return sum(team, 'commits');
    };
    await page.getByRole('button', { name: /^Commits/ }).click();
    const descending = (await shownOrder(page)).map(commitsOf);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.getByRole('button', { name: /^Commits/ }).click();
    const ascending = (await shownOrder(page)).map(commitsOf);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending).not.toEqual(descending);
    await page.locator('thead').getByRole('button', { name: /^Team/ }).click();
    const names = await page.locator('tbody tr[data-team] .team-cell__open').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));
    await page.close();
  });

  it('counts in the window the selector picks: an iteration, the last 7 days, a custom range', async () => {
    const { page } = await openOverview();
    const select = page.getByLabel('Window', { exact: true });
    await select.selectOption({ label: 'Iteration 1 (2026-02-16 – 2026-03-15)' });
    await expect.poll(() => page.getByTestId('resolved-window').textContent(), { timeout: pollMs }).toBe('Counting 16 Feb 2026 – 15 Mar 2026');
    await expectTableToMatch(page, inIteration);
    expect(inIteration.teams.map((t) => sum(t, 'commits'))).not.toEqual(metrics.teams.map((t) => sum(t, 'commits')));

    // The demo course ended in May 2026, long before this week: nothing ran, and the cells say so.
    await select.selectOption({ label: 'Last 7 days' });
    const first = metrics.teams[0]?.project ?? '';
    await expect.poll(() => readCell(page, first, 'successRate'), { timeout: pollMs }).toBe('no pipelines');

    await select.selectOption({ label: 'Custom range…' });
    const range = page.getByRole('form', { name: 'Custom range' });
    await range.getByLabel('From').fill('2026-03-01');
    await range.getByLabel('through').fill('2026-03-07');
    await range.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.getByTestId('resolved-window').textContent(), { timeout: pollMs }).toBe('Counting 1 Mar 2026 – 7 Mar 2026');
    await page.close();
  });

  it('filters to the flagged teams', async () => {
    const { page } = await openOverview();
    const flagged = metrics.teams.filter((t) => t.flags.length > 0).map((t) => t.project);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(metrics.teams.length);
    await page.getByLabel(/Only flagged teams/).check();
    await expect.poll(async () => (await shownOrder(page)).sort(), { timeout: pollMs }).toEqual([...flagged].sort());
    await page.getByLabel(/Only flagged teams/).uncheck();
    await expect.poll(async () => (await shownOrder(page)).length, { timeout: pollMs }).toBe(metrics.teams.length);
    await page.close();
  });

  it('renders a team name full of markup as text, in the table and in the chart’s labels and tooltip', async () => {
    const { page, errors } = await openOverview();
    const hostile = metrics.teams.find((t) => t.name === hostileName);
    if (!hostile) throw new Error('the hostile team name did not reach the metrics');
    await expect.poll(() => page.locator(`tr[data-team="${hostile.project}"] .team-cell__open`).textContent(), { timeout: pollMs }).toBe(hostileName);
    const chart = page.locator('figure.chart-panel');
    await chart.locator('svg').waitFor();
    expect(await chart.locator('svg text').allTextContents()).toContainEqual(expect.stringContaining('<img src=x'));
    // Success rate puts the hostile team (the lowest rate) at the bottom: hover its bar for the tooltip.
    const bars = chart.locator('svg path[fill="#2f6bd8"], svg path[fill="rgb(47,107,216)"]');
    await expect.poll(() => bars.count(), { timeout: pollMs }).toBeGreaterThan(0);
    await bars.last().hover({ force: true });
    const tooltip = chart.locator('div', { hasText: 'onerror' }).last();
    await expect.poll(() => tooltip.textContent(), { timeout: pollMs }).toContain(hostileName);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body script').count()).toBe(0);
    expect(await page.evaluate<unknown>('window.__pwned')).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const width of [760, 960, 1440]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`fits ${width} px without scrolling the document or cutting a header (${colorScheme}), and is saved as screenshots`, async () => {
        const height = width === 1440 ? 900 : 600;
        const { page, errors } = await openOverview(width, height, colorScheme);
        await page.locator('figure.chart-panel svg').waitFor();
        const fit = await page.evaluate<{ scrolls: boolean; clipped: string[] }>(fitCheck);
        expect(fit).toEqual({ scrolls: false, clipped: [] });
        await page.screenshot({ path: join(resultsDir, `course-overview-${width}-${colorScheme}.png`) });
        await page.getByRole('button', { name: 'Course settings' }).click();
        await page.getByRole('form', { name: 'Iterations' }).waitFor();
        const settingsScroll = await page.evaluate<{ scrolls: boolean }>(fitCheck);
        expect(settingsScroll.scrolls).toBe(false);
        await page.screenshot({ path: join(resultsDir, `course-settings-${width}-${colorScheme}.png`) });
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }
});
