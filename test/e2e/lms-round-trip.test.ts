import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  teams: Array<{ project: string; students: Array<{ username: string; name: string; email: string | null; total: number }> }>;
}

const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');
const gradeColumn = 'Manual item: GitPulse project (Real)';
// Username among the exported user fields: some demo students have no email, and Moodle sites can add it.
const header = ['First name', 'Last name', 'ID number', 'Username', 'Email address', 'Assignment: Lab report (Real)', gradeColumn, 'Course total (Real)'];

function quote(cells: readonly string[]): string {
  return cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',');
}

/*
 * The LMS round trip from the course's overview, through `gitpulse serve`: a Moodle grade export
 * built here from the demo's students (one of them left out, one stranger added) is filled in by the
 * page, downloaded, and read back; the report beside it lists the stranger's line and the missing student.
 */
describe('filling in a Moodle gradebook in a real browser', () => {
  const temp = makeTempDir();
  let server: CliServer;
  let browser: Browser;
  let grades: GradeJson;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    const demo = await runCli(['--data-dir', temp.path, 'demo']);
    expect(demo.code, demo.stderr).toBe(0);
    const printed = await runCli(['--data-dir', temp.path, 'grade', '--json']);
    expect(printed.code, printed.stderr).toBe(0);
    grades = JSON.parse(printed.stdout) as GradeJson;
    server = await startCliServer(temp.path);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    temp.cleanup();
  });

  async function openRoundTrip(page: Page) {
    await page.getByRole('button', { name: 'demo' }).first().click();
    await page.getByRole('button', { name: 'Fill in a Moodle/Canvas gradebook…' }).click();
    return page.getByRole('region', { name: 'Fill in a Moodle or Canvas gradebook' });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`writes each student's total into the GitPulse column and reports what it could not place (${colorScheme} theme)`, async () => {
      const students = grades.teams.flatMap((team) => team.students.map((student) => ({ ...student, project: team.project })));
      const [left, ...listed] = students;
      if (!left || listed.length === 0) throw new Error('the demo has too few students');
      const rows = listed.map((s, i) => {
        const [first = '', ...last] = s.name.split(' ');
        // Moodle keeps the capitals the student typed; matching an email ignores them.
        return quote([first, last.join(' '), `S${1000 + i}`, s.username, i === 0 ? (s.email ?? '').toUpperCase() : (s.email ?? ''), '7.50', '-', '7.50']);
      });
      const strangerLine = rows.length + 2;
      rows.push(quote(['Zed', 'Nobody', 'S9999', 'zed', 'zed@uni.example.edu', '6.00', '-', '6.00']));
      const exportPath = join(temp.path, `moodle-export-${colorScheme}.csv`);
      writeFileSync(exportPath, `\uFEFF${[quote(header), ...rows].join('\n')}\n`);

      const { page, errors } = await openApp(browser, server.url, colorScheme);
      const panel = await openRoundTrip(page);
      await panel.getByLabel('Gradebook the LMS exported (CSV)').setInputFiles(exportPath);
      await expect.poll(() => panel.locator('#lms-column').locator('option').count()).toBe(header.length + 1);
      const downloaded = page.waitForEvent('download', { timeout: 30_000 });
      await panel.getByRole('button', { name: 'Fill in and save' }).click();
      const download = await downloaded;
      const filledPath = join(temp.path, `filled-${colorScheme}-${download.suggestedFilename()}`);
      await download.saveAs(filledPath);

      const filledText = readFileSync(filledPath, 'utf8');
      expect(filledText.startsWith('\uFEFF"First name"')).toBe(true);
      const filled = parse(filledText, { bom: true, columns: true }) as Array<Record<string, string>>;
      expect(filled).toHaveLength(listed.length + 1);
      listed.forEach((student, i) => {
        expect(Number(filled[i]?.[gradeColumn]), student.username).toBe(student.total);
        expect(filled[i]?.['Assignment: Lab report (Real)']).toBe('7.50');
      });
      expect(filled.at(-1)).toMatchObject({ 'Email address': 'zed@uni.example.edu', [gradeColumn]: '-' });

      const report = panel.getByLabel('What was filled in');
      await expect
        .poll(() => report.getByRole('status').textContent())
        .toMatch(new RegExp(`filled “${gradeColumn.replace(/[()]/g, '\\$&')}” for ${listed.length} students\\.$`));
      expect(await report.locator('table tbody tr').allTextContents()).toEqual([
        `${strangerLine}Zed Nobody zed@uni.example.eduno GitPulse student has this email or username`,
      ]);
      expect(await report.locator('.lms-report__missing li').allTextContents()).toEqual([`${left.username} (${left.project})`]);
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(resultsDir, `lms-round-trip-${colorScheme}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('names the problem next to the field: a file that is not UTF-8, and a column the file does not have', async () => {
    const { page, errors } = await openApp(browser, server.url);
    const panel = await openRoundTrip(page);
    const latin1 = join(temp.path, 'moodle-latin1.csv');
    writeFileSync(latin1, Buffer.from('"First name","Email address"\n"Jos\xe9","jose@uni.example.edu"\n', 'latin1'));
    const fileInput = panel.getByLabel('Gradebook the LMS exported (CSV)');
    await fileInput.setInputFiles(latin1);
    await expect
      .poll(() => panel.locator('#lms-file-error').textContent())
      .toBe('moodle-latin1.csv: The file is not UTF-8 text. Export it from the LMS again as UTF-8 CSV.');
    expect(await fileInput.getAttribute('aria-describedby')).toContain('lms-file-error');

    const noGitPulse = join(temp.path, 'moodle-no-gitpulse.csv');
    writeFileSync(noGitPulse, '"First name","Email address","Quiz (Real)"\n"Ada","ada@uni.example.edu","5.00"\n');
    await fileInput.setInputFiles(noGitPulse);
    await expect.poll(() => panel.locator('#lms-file-error').count()).toBe(0);
    await panel.getByRole('button', { name: 'Fill in and save' }).click();
    await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/^The Moodle file was not filled in: .*has no GitPulse column/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
