import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { openApp } from '../support/open-app';
import { runCli } from '../support/run-cli';
import { startCliServer, type CliServer } from '../support/start-cli-server';
import { makeTempDir } from '../support/temp-dir';

interface GradeJson {
  iteration: string | null;
  rubric: { version: number; maxPoints: number };
  teams: Array<{ project: string; total: number }>;
}

interface TotalJson {
  iterations: Array<{ name: string; weight: number }>;
  students: Array<{ project: string; username: string; percent: number }>;
}

const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');

/*
 * Grading per iteration through `gitpulse serve`: the demo course gets two iterations from the CLI, a
 * rubric of its own is saved for Iteration 1 in the editor, the grading view's totals differ between
 * the whole course and Iteration 1 as `gitpulse grade --iteration` says, and the course total matches
 * `gitpulse grade total --json`, also after a weight is changed in Course settings.
 */
describe('grading per iteration in a real browser', () => {
  const temp = makeTempDir();
  let server: CliServer;
  let browser: Browser;

  async function cliJson<T>(args: string[]): Promise<T> {
    const printed = await runCli(['--data-dir', temp.path, ...args]);
    expect(printed.code, printed.stderr).toBe(0);
    return JSON.parse(printed.stdout) as T;
  }

  async function openTab(page: Page, tab: 'Overview' | 'Rubric' | 'Grading' | 'Course settings'): Promise<void> {
    await page.getByRole('navigation', { name: 'Course views' }).getByRole('button', { name: tab }).click();
  }

  function totalCell(page: Page, project: string) {
    return page.locator(`table[role="grid"] tr[data-team="${project}"] [data-total]`);
  }

  async function readCourseTotals(page: Page): Promise<Record<string, number>> {
    const rows = page.locator('.course-total__table tbody tr');
    await rows.first().waitFor();
    const entries = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-username') ?? '', tr.querySelector('[data-course-percent]')?.textContent ?? ''] as const),
    );
    return Object.fromEntries(entries.map(([username, text]) => [username, Number.parseFloat(text)]));
  }

  function expectedTotals(total: TotalJson): Record<string, number> {
    return Object.fromEntries(total.students.map((s) => [s.username, Math.round(s.percent * 100) / 100]));
  }

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    const demo = await runCli(['--data-dir', temp.path, 'demo']);
    expect(demo.code, demo.stderr).toBe(0);
    for (const [name, start, end, weight] of [
      ['Iteration 1', '2026-02-16', '2026-03-31', '1'],
      ['Iteration 2', '2026-04-01', '2026-05-18', '2'],
    ] as const) {
      const added = await runCli(['--data-dir', temp.path, 'iteration', 'add', '--name', name, '--start', start, '--end', end, '--weight', weight]);
      expect(added.code, added.stderr).toBe(0);
    }
    server = await startCliServer(temp.path);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    temp.cleanup();
  });

  it('saves a rubric for Iteration 1 only, and grades, totals and exports each scope as the CLI does', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await page.getByRole('button', { name: 'demo' }).first().click();
    await openTab(page, 'Rubric');
    const scope = page.getByLabel('Grading scope');
    await scope.selectOption('Iteration 1');
    const status = page.locator('.rubric-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('Uses the built-in template until you save one for Iteration 1');
    const weight = page.getByRole('listitem', { name: /^Criterion \d+: CI\/CD/ }).getByLabel('Weight', { exact: true });
    await weight.fill('2');
    await page.getByLabel('Reason for this version').fill('CI/CD counts double in Iteration 1');
    await page.getByRole('button', { name: 'Save version' }).click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('Version 1, as saved');

    const whole = await cliJson<GradeJson>(['grade', '--json']);
    const first = await cliJson<GradeJson>(['grade', '--iteration', 'Iteration 1', '--json']);
    expect(first.rubric.maxPoints).toBe(whole.rubric.maxPoints + 10);
    const team = first.teams.find((t) => t.total !== whole.teams.find((w) => w.project === t.project)?.total);
    if (!team) throw new Error('no team whose Iteration 1 total differs from its course total');
    const wholeTeam = whole.teams.find((t) => t.project === team.project);

    // The scope is the course's: the Grading tab opens on Iteration 1.
    await openTab(page, 'Grading');
    expect(await scope.inputValue()).toBe('Iteration 1');
    await expect.poll(() => totalCell(page, team.project).textContent(), { timeout: 20_000 }).toBe(String(team.total));
    await scope.selectOption({ label: 'Whole course' });
    await expect.poll(() => totalCell(page, team.project).textContent(), { timeout: 20_000 }).toBe(String(wholeTeam?.total));
    await scope.selectOption('Iteration 1');
    await expect.poll(() => totalCell(page, team.project).textContent(), { timeout: 20_000 }).toBe(String(team.total));

    await page.getByRole('radiogroup', { name: 'Grading view' }).getByText('Course total').click();
    const header = page.locator('.course-total__weights');
    await expect.poll(() => header.textContent(), { timeout: 20_000 }).toContain('Iteration 1 × 1, Iteration 2 × 2');
    expect(await readCourseTotals(page)).toEqual(expectedTotals(await cliJson<TotalJson>(['grade', 'total', '--json'])));

    // The weight edited in Course settings changes the course total the next time it is shown.
    await openTab(page, 'Course settings');
    const iterations = page.getByRole('form', { name: 'Iterations' });
    const secondWeight = iterations.getByLabel('Weight of iteration 2');
    await secondWeight.fill('-1');
    await expect.poll(() => iterations.locator('#iteration-1-error').textContent()).toBe('The weight of "Iteration 2" is -1; it must be from 0 to 100.');
    expect(await secondWeight.getAttribute('aria-invalid')).toBe('true');
    await iterations.screenshot({ path: join(resultsDir, 'iterations-weight-problem.png') });
    await secondWeight.fill('3');
    await iterations.getByRole('button', { name: 'Save iterations' }).click();
    await expect
      .poll(async () => (await cliJson<TotalJson>(['grade', 'total', '--json'])).iterations.map((it) => it.weight), { timeout: 20_000 })
      .toEqual([1, 3]);
    await openTab(page, 'Grading');
    await page.getByRole('radiogroup', { name: 'Grading view' }).getByText('Course total').click();
    await expect.poll(() => header.textContent(), { timeout: 20_000 }).toContain('Iteration 1 × 1, Iteration 2 × 3');
    expect(await readCourseTotals(page)).toEqual(expectedTotals(await cliJson<TotalJson>(['grade', 'total', '--json'])));

    // The overview's export writes the chosen scope's sheet, and the course total.
    await openTab(page, 'Overview');
    const format = page.getByLabel('Export format');
    await format.selectOption({ label: 'Grade sheet (CSV) · Iteration 1' });
    let downloaded = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const sheetPath = join(temp.path, 'iteration-1-sheet.csv');
    await (await downloaded).saveAs(sheetPath);
    const sheet = parse(readFileSync(sheetPath, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Number(sheet.find((row) => row['Team'] === team.project)?.['Total'])).toBe(team.total);

    await format.selectOption({ label: 'Course total (CSV)' });
    downloaded = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const totalPath = join(temp.path, 'course-total.csv');
    await (await downloaded).saveAs(totalPath);
    const totals = parse(readFileSync(totalPath, 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>;
    const expected = await cliJson<TotalJson>(['grade', 'total', '--json']);
    expect(Object.fromEntries(totals.map((row) => [row['Username'], Number(row['Course %'])]))).toEqual(expectedTotals(expected));
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the scope selector and the course total (${colorScheme} theme)`, async () => {
      const { page, errors } = await openApp(browser, server.url, colorScheme);
      await page.getByRole('button', { name: 'demo' }).first().click();
      await openTab(page, 'Rubric');
      await page.getByLabel('Grading scope').selectOption('Iteration 2');
      await expect
        .poll(() => page.locator('.rubric-status').textContent(), { timeout: 20_000 })
        .toBe('Uses the built-in template until you save one for Iteration 2');
      await page.screenshot({ path: join(resultsDir, `grading-scope-rubric-${colorScheme}.png`) });
      await openTab(page, 'Grading');
      await page.locator('table[role="grid"] tbody tr').first().waitFor();
      await page.screenshot({ path: join(resultsDir, `grading-scope-grades-${colorScheme}.png`) });
      await page.getByRole('radiogroup', { name: 'Grading view' }).getByText('Course total').click();
      await page.locator('.course-total__table tbody tr').first().waitFor();
      await page.screenshot({ path: join(resultsDir, `course-total-${colorScheme}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
