import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { openApp } from '../support/open-app';
import { runCli } from '../support/run-cli';
import { startCliServer, type CliServer } from '../support/start-cli-server';
import { makeTempDir } from '../support/temp-dir';

interface TeamJson {
  project: string;
  name: string;
  pipelines: { total: number; successRate: number | null; buildsPerDay: number | null };
  members: Array<{ username: string; commits: number }>;
}
interface MetricsJson {
  teams: TeamJson[];
}

const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');

/** A metrics call on a loaded machine can take seconds. */
const settle = { timeout: 20_000 };

/** Two iterations of the demo course (16 Feb – 18 May 2026), so the selector has named windows to offer. */
const iterationOne = { name: 'Iteration 1', start: '2026-02-16', end: '2026-03-15' };
const iterationTwo = { name: 'Iteration 2', start: '2026-03-16', end: '2026-04-12' };
const labelOf = (i: typeof iterationOne) => `${i.name} (${i.start} – ${i.end})`;

/** The widget's and the members table's text for a team, from the CLI's JSON (the formatting written out here). */
function expectedFigures(team: TeamJson): Record<string, string> {
  const p = team.pipelines;
  const figures: Record<string, string> = {
    total: new Intl.NumberFormat('en').format(p.total),
    successRate: p.successRate === null ? 'No value' : `${(p.successRate * 100).toFixed(1)} %`,
    buildsPerDay: p.buildsPerDay === null ? 'No value' : `${p.buildsPerDay.toFixed(2)}/day`,
  };
  for (const member of team.members) figures[`commits:${member.username}`] = String(member.commits);
  return figures;
}

async function shownFigures(page: Page, team: TeamJson): Promise<Record<string, string>> {
  const figures: Record<string, string> = {};
  for (const id of ['total', 'successRate', 'buildsPerDay']) {
    figures[id] = ((await page.locator(`[data-metric="${id}"] .health-widget__value`).textContent()) ?? '').trim();
  }
  for (const member of team.members) {
    const cell = page.locator(`table[aria-label="Members"] tr[data-member="${member.username}"] [data-figure="commits"]`);
    figures[`commits:${member.username}`] = ((await cell.textContent()) ?? '').trim();
  }
  return figures;
}

const windowSelect = (page: Page) => page.getByLabel('Window', { exact: true });
const selectedWindow = async (page: Page) => (await windowSelect(page).locator('option:checked').textContent()) ?? '';

describe('the window selector on the team page and the student profile', () => {
  const temp = makeTempDir();
  let server: CliServer;
  let browser: Browser;
  const metrics: Record<string, MetricsJson> = {};
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args]);

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    expect((await cli('demo')).code).toBe(0);
    for (const i of [iterationOne, iterationTwo]) {
      const added = await cli('iteration', 'add', '--name', i.name, '--start', i.start, '--end', i.end);
      expect(added.code, added.stderr).toBe(0);
      metrics[i.name] = JSON.parse((await cli('metrics', '--iteration', i.name, '--json')).stdout) as MetricsJson;
    }
    metrics['course'] = JSON.parse((await cli('metrics', '--json')).stdout) as MetricsJson;
    server = await startCliServer(temp.path);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    temp.cleanup();
  });

  const teamIn = (window: string, suffix: string): TeamJson => {
    const found = metrics[window]?.teams.find((t) => t.project.endsWith(suffix));
    if (!found) throw new Error(`no ${suffix} in the demo's ${window} figures`);
    return found;
  };

  async function openOverview(colorScheme: 'light' | 'dark' = 'light') {
    const opened = await openApp(browser, server.url, colorScheme);
    await opened.page.locator('table[aria-label="Teams"] tbody tr[data-team]').first().waitFor(settle);
    return opened;
  }

  async function openTeamFromRow(page: Page, team: TeamJson): Promise<void> {
    await page.locator(`tr[data-team="${team.project}"] .team-cell__open`).click();
    await page.locator('[data-screen="team"]').waitFor(settle);
  }

  it('opens a team’s page from its row in the overview', async () => {
    const team = teamIn('course', '/team-02');
    const { page, errors } = await openOverview();
    await openTeamFromRow(page, team);
    expect(await page.locator('.detail-header__title').textContent()).toBe(team.name);
    expect(await page.getByRole('region', { name: 'Pipeline health' }).isVisible()).toBe(true);
    expect(await selectedWindow(page)).toBe('Course window');
    await expect.poll(() => shownFigures(page, team), settle).toEqual(expectedFigures(team));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the overview’s iteration on the team page and the student profile, and back, counting as the CLI does', async () => {
    const inOne = teamIn(iterationOne.name, '/team-01');
    const inTwo = teamIn(iterationTwo.name, '/team-01');
    // The test means something only if the two windows count differently for this team.
    expect(expectedFigures(inOne)).not.toEqual(expectedFigures(inTwo));
    const { page, errors } = await openOverview();
    await windowSelect(page).selectOption({ label: labelOf(iterationOne) });
    await expect.poll(() => page.getByTestId('resolved-window').textContent(), settle).toBe('Counting 16 Feb 2026 – 15 Mar 2026');
    await openTeamFromRow(page, inOne);
    expect(await selectedWindow(page)).toBe(labelOf(iterationOne));
    await expect.poll(() => shownFigures(page, inOne), settle).toEqual(expectedFigures(inOne));
    expect(await page.locator('.detail-header__subtitle').textContent()).toContain('16 Feb 2026 – 15 Mar 2026');

    await windowSelect(page).selectOption({ label: labelOf(iterationTwo) });
    await expect.poll(() => shownFigures(page, inTwo), settle).toEqual(expectedFigures(inTwo));
    expect(await page.locator('.detail-header__subtitle').textContent()).toContain('16 Mar 2026 – 12 Apr 2026');

    const student = inTwo.members.find((m) => m.commits > 0) ?? inTwo.members[0];
    if (!student) throw new Error('team-01 has no members');
    await page.locator(`table[aria-label="Members"] tr[data-member="${student.username}"]`).getByRole('button').click();
    await page.locator('[data-screen="student"]').waitFor(settle);
    expect(await selectedWindow(page)).toBe(labelOf(iterationTwo));
    await expect.poll(() => page.locator('[data-figure="commits"] .figure__value').textContent(), settle).toBe(String(student.commits));

    await page.getByRole('button', { name: `← ${inTwo.name}` }).click();
    await page.locator('[data-screen="team"]').waitFor(settle);
    await page.getByRole('button', { name: '← Course overview' }).click();
    await expect.poll(() => page.getByTestId('resolved-window').textContent(), settle).toBe('Counting 16 Mar 2026 – 12 Apr 2026');
    expect(await selectedWindow(page)).toBe(labelOf(iterationTwo));
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the selector at the top of the team page (${colorScheme}), saved as a screenshot`, async () => {
      const team = teamIn(iterationOne.name, '/team-01');
      const { page, errors } = await openOverview(colorScheme);
      await windowSelect(page).selectOption({ label: labelOf(iterationOne) });
      await openTeamFromRow(page, team);
      await expect.poll(() => shownFigures(page, team), settle).toEqual(expectedFigures(team));
      await page.screenshot({ path: join(resultsDir, `team-window-${colorScheme}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
