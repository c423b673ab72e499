import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { openApp } from '../support/open-app';
import { runCli } from '../support/run-cli';
import { startCliServer, type CliServer } from '../support/start-cli-server';
import { makeTempDir } from '../support/temp-dir';

interface GradeJson {
  rubric: { version: number; maxPoints: number };
  teams: Array<{
    project: string;
    total: number;
    criteria: Array<{ name: string; points: number }>;
    students: Array<{ username: string; total: number }>;
  }>;
}

const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');

/*
 * The rubric editor and the grading view against the demo course, through `gitpulse serve`: a weight
 * changed in the editor changes the totals the grading view shows, and a manual score typed with the
 * keyboard reaches the core, and the grade sheet the Overview's Export downloads carries the new
 * total in the student's row. `gitpulse grade --json` is the reference the page is held against.
 */
describe('rubric editor and grading view in a real browser', () => {
  const temp = makeTempDir();
  let server: CliServer;
  let browser: Browser;

  async function readGrades(): Promise<GradeJson> {
    const printed = await runCli(['--data-dir', temp.path, 'grade', '--json']);
    expect(printed.code, printed.stderr).toBe(0);
    return JSON.parse(printed.stdout) as GradeJson;
  }

  async function openTab(page: Page, tab: 'Rubric' | 'Grading'): Promise<void> {
    await page.getByRole('button', { name: 'demo' }).first().click();
    await page.getByRole('navigation', { name: 'Course views' }).getByRole('button', { name: tab }).click();
  }

  /** Chooses a format beside the course's Export button and returns the file the preview downloads. */
  async function exportThroughPage(page: Page, format: string): Promise<{ download: Download; path: string }> {
    await page.getByRole('navigation', { name: 'Course views' }).getByRole('button', { name: 'Overview' }).click();
    await page.getByLabel('Export format').selectOption({ label: format });
    const downloaded = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloaded;
    const path = join(temp.path, download.suggestedFilename());
    await download.saveAs(path);
    return { download, path };
  }

  function totalCell(page: Page, project: string) {
    return page.locator(`table[role="grid"] tr[data-team="${project}"] [data-total]`);
  }

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    const demo = await runCli(['--data-dir', temp.path, 'demo']);
    expect(demo.code, demo.stderr).toBe(0);
    server = await startCliServer(temp.path);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    temp.cleanup();
  });

  it('changes the totals when a weight is saved, and keeps a manual score typed with the keyboard', async () => {
    const before = await readGrades();
    const team = before.teams[0];
    if (!team) throw new Error('the demo has no teams');
    const ciBefore = team.criteria.find((c) => c.name.includes('CI/CD'))?.points ?? 0;
    expect(ciBefore).toBeGreaterThan(0);

    const { page, errors } = await openApp(browser, server.url);
    await openTab(page, 'Rubric');
    const ci = page.getByRole('listitem', { name: /^Criterion \d+: CI\/CD/ });
    const weight = ci.getByLabel('Weight', { exact: true });
    await weight.fill('2');
    await expect.poll(() => page.locator('.rubric-summary').first().textContent()).toContain(`Maximum ${before.rubric.maxPoints + 10}`);
    await page.getByLabel('Reason for this version').fill('CI/CD counts double');
    await page.getByRole('button', { name: 'Save version' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 20_000 }).toContain('as saved');

    await page.getByRole('navigation', { name: 'Course views' }).getByRole('button', { name: 'Grading' }).click();
    await expect.poll(() => totalCell(page, team.project).textContent(), { timeout: 20_000 }).toBe(String(team.total + ciBefore));
    const afterWeight = await readGrades();
    expect(afterWeight.rubric.version).toBe(before.rubric.version + 1);
    expect(afterWeight.teams[0]?.total).toBe(team.total + ciBefore);

    // Keyboard only: into the grid on the first team's first criterion, right to Code quality, type, save.
    const columns = team.criteria.map((c) => c.name);
    const manual = columns.findIndex((name) => name === 'Code quality');
    expect(manual).toBeGreaterThan(-1);
    await page.locator('#grade-cell-0-1').focus();
    for (let i = 0; i < manual; i += 1) await page.keyboard.press('ArrowRight');
    const focusedId = () => page.locator('table[role="grid"]').evaluate((grid) => grid.ownerDocument.activeElement?.id);
    const manualCell = `grade-cell-0-${manual + 1}`;
    await expect.poll(focusedId).toBe(manualCell);
    await page.keyboard.press('Enter');
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Readable, small modules');
    await page.keyboard.press('Enter');
    await expect.poll(() => totalCell(page, team.project).textContent(), { timeout: 20_000 }).toBe(String(team.total + ciBefore + 4));
    await expect.poll(focusedId).toBe(manualCell);
    const afterManual = await readGrades();
    expect(afterManual.teams[0]?.total).toBe(team.total + ciBefore + 4);
    expect(afterManual.teams[0]?.criteria.find((c) => c.name === 'Code quality')?.points).toBe(4);
    await expect.poll(() => page.locator('table.audit-trail').textContent()).toContain('Readable, small modules');

    const { download, path } = await exportThroughPage(page, 'Grade sheet (CSV)');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const rows = parse(readFileSync(path, 'utf8'), { bom: true, columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
    const student = afterManual.teams[0]?.students[0];
    if (!student) throw new Error('the first demo team has no students');
    const row = rows.find((r) => r['Username'] === student.username && r['Team'] === team.project);
    expect(row, `a row for ${student.username}`).toBeDefined();
    expect(Number(row?.['Total'])).toBe(student.total);
    expect(student.total).toBe(team.total + ciBefore + 4);
    expect(row?.['Code quality']).toBe('4');
    expect(row?.['Comments']).toContain('Readable, small modules');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers an unsaved rubric draft back after a reload, and discards it on request', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openTab(page, 'Rubric');
    const weight = page.getByRole('listitem', { name: /^Criterion \d+: Teamwork/ }).getByLabel('Weight', { exact: true });
    await weight.fill('3');
    await expect.poll(() => page.locator('.rubric-status').textContent()).toContain('Unsaved changes');
    await page.reload();
    await openTab(page, 'Rubric');
    const banner = page.locator('.rubric-draft-banner');
    await expect
      .poll(() => banner.textContent(), { timeout: 20_000 })
      .toMatch(/^Unsaved draft from .+, restored in the editor below\. It was edited from (version \d+|the built-in template)\./);
    expect(await weight.inputValue()).toBe('3');
    await page.screenshot({ path: join(resultsDir, 'rubric-restored-draft.png') });
    await banner.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    expect(await weight.inputValue()).toBe('1');
    await page.reload();
    await openTab(page, 'Rubric');
    await expect.poll(() => page.locator('.rubric-status').textContent(), { timeout: 20_000 }).toMatch(/as saved$|not yet saved for this course$/);
    expect(await banner.count()).toBe(0);
    expect(await weight.inputValue()).toBe('1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the feedback report as a PDF whose first page renders', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await page.getByRole('button', { name: 'demo' }).first().click();
    const { path } = await exportThroughPage(page, 'Feedback report (PDF)');
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    // Page 1 only, at screen resolution: the PNG is looked at, not measured.
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', path, join(resultsDir, 'grading-feedback-pdf-page-1')]);
    expect(readFileSync(join(resultsDir, 'grading-feedback-pdf-page-1.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says why a course without iterations has no course total, and leads to Course settings', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openTab(page, 'Grading');
    await page.getByRole('radiogroup', { name: 'Grading view' }).getByText('Course total').click();
    const empty = page.locator('.empty-state');
    await expect.poll(() => empty.locator('.empty-state__title').textContent(), { timeout: 20_000 }).toBe('No course total yet');
    expect(await empty.locator('.empty-state__body').textContent()).toMatch(/iteration/i);
    await page.screenshot({ path: join(resultsDir, 'course-total-empty.png') });
    await empty.getByRole('button', { name: 'Open Course settings' }).click();
    await expect.poll(() => page.getByRole('navigation', { name: 'Course views' }).locator('[aria-current="page"]').textContent()).toBe('Course settings');
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows both screens without scrolling the document at 960x600 (${colorScheme} theme)`, async () => {
      const { page, errors } = await openApp(browser, server.url, colorScheme);
      await openTab(page, 'Rubric');
      const firstCheck = page.getByRole('listitem', { name: /^Check 1:/ }).first();
      await firstCheck.getByLabel('Points', { exact: true }).fill('-1');
      await expect.poll(() => firstCheck.locator('.form-field__error').textContent()).toBe('must be >= 0');
      await page.screenshot({ path: join(resultsDir, `rubric-editor-${colorScheme}.png`) });
      await page.keyboard.press('Control+z');
      await expect.poll(() => firstCheck.locator('.form-field__error').count()).toBe(0);
      await openTab(page, 'Grading');
      await page.locator('table[role="grid"] tbody tr').first().waitFor();
      await page.locator('#grade-cell-0-1').click();
      await page.screenshot({ path: join(resultsDir, `grading-view-${colorScheme}.png`) });
      await page
        .getByRole('button', { name: /^Adjust / })
        .first()
        .click();
      // The content area scrolls, not the page: bring the team's detail into view and shoot the window.
      await page.locator('.adjustment-form').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(resultsDir, `grading-detail-${colorScheme}.png`) });
      await page.setViewportSize({ width: 960, height: 600 });
      for (const tab of ['Rubric', 'Grading'] as const) {
        await openTab(page, tab);
        await page.waitForTimeout(50);
        const overflow = await page.locator('html').evaluate((root) => ({
          x: root.scrollWidth - root.clientWidth,
          y: root.scrollHeight - root.clientHeight,
        }));
        expect(overflow, `${tab} at 960x600`).toEqual({ x: 0, y: 0 });
      }
      await page.screenshot({ path: join(resultsDir, `grading-view-960-${colorScheme}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
